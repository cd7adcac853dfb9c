CREATE TABLE "option_bts" (
	"cfd_commun" text NOT NULL,
	"cfd_specialite" text NOT NULL,
	"famille" text,
	"specialite" text,
	"import_id" integer,
	CONSTRAINT "option_bts_cfd_commun_cfd_specialite_pk" PRIMARY KEY("cfd_commun","cfd_specialite")
);
--> statement-breakpoint
ALTER TABLE "option_bts" ADD CONSTRAINT "option_bts_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;