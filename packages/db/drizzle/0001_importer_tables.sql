CREATE TABLE "famille_metier" (
	"code" text PRIMARY KEY NOT NULL,
	"libelle_long" text NOT NULL,
	"libelle_edition" text,
	"date_ouverture" date,
	"date_fermeture" date,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "lien_mef_famille_metier" (
	"famille" text NOT NULL,
	"mef" text NOT NULL,
	"seconde_commune" boolean NOT NULL,
	"date_ouverture" date,
	"date_fermeture" date,
	"import_id" integer,
	CONSTRAINT "lien_mef_famille_metier_famille_mef_pk" PRIMARY KEY("famille","mef")
);
--> statement-breakpoint
CREATE TABLE "salaire_certification" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"code_type" text NOT NULL,
	"filiere" text,
	"salaire_12_mois_q1" real,
	"salaire_12_mois_q2" real,
	"salaire_12_mois_q3" real,
	"origine" text,
	"fictif" boolean DEFAULT false NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "salaire_certification_cle" UNIQUE NULLS NOT DISTINCT("code","filiere")
);
--> statement-breakpoint
ALTER TABLE "import" ADD COLUMN "lignes_ignorees" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "famille_metier" ADD CONSTRAINT "famille_metier_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien_mef_famille_metier" ADD CONSTRAINT "lien_mef_famille_metier_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salaire_certification" ADD CONSTRAINT "salaire_certification_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lien_mef_famille_mef" ON "lien_mef_famille_metier" USING btree ("mef");