CREATE TABLE "limite_debit" (
	"cle" text NOT NULL,
	"fin" bigint NOT NULL,
	"requetes" integer NOT NULL,
	CONSTRAINT "limite_debit_cle_fin_pk" PRIMARY KEY("cle","fin")
);
