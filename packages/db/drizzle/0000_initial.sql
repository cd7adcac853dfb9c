CREATE TABLE "api_key" (
	"id" serial PRIMARY KEY NOT NULL,
	"partenaire" text NOT NULL,
	"prefixe" text NOT NULL,
	"hash" text NOT NULL,
	"limite_par_minute" integer NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"revoque_le" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "usage_quotidien" (
	"jour" date NOT NULL,
	"consommateur" text NOT NULL,
	"route" text NOT NULL,
	"appels" integer DEFAULT 0 NOT NULL,
	"vues_widget" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_quotidien_jour_consommateur_route_pk" PRIMARY KEY("jour","consommateur","route")
);
--> statement-breakpoint
CREATE TABLE "diplome_continuum" (
	"ancien_code" text NOT NULL,
	"nouveau_code" text NOT NULL,
	"import_id" integer,
	CONSTRAINT "diplome_continuum_ancien_code_nouveau_code_pk" PRIMARY KEY("ancien_code","nouveau_code")
);
--> statement-breakpoint
CREATE TABLE "diplome" (
	"code" text PRIMARY KEY NOT NULL,
	"code_type" text NOT NULL,
	"niveau" text,
	"libelle_court" text,
	"libelle_long" text NOT NULL,
	"date_ouverture" date,
	"date_fermeture" date,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "famille_metier_specialite" (
	"famille" text NOT NULL,
	"mefstat11_commun" text NOT NULL,
	"cfd_commun" text,
	"mefstat11_specialite" text NOT NULL,
	"cfd_specialite" text,
	"specialite" text,
	"import_id" integer,
	CONSTRAINT "famille_metier_specialite_mefstat11_commun_mefstat11_specialite_pk" PRIMARY KEY("mefstat11_commun","mefstat11_specialite")
);
--> statement-breakpoint
CREATE TABLE "groupe_formation" (
	"code" text PRIMARY KEY NOT NULL,
	"type" text,
	"libelle_court" text,
	"libelle_long" text,
	"libelle_edition" text,
	"date_ouverture" date,
	"date_fermeture" date,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "lien_formation_groupe" (
	"groupe" text NOT NULL,
	"cfd" text NOT NULL,
	"import_id" integer,
	CONSTRAINT "lien_formation_groupe_groupe_cfd_pk" PRIMARY KEY("groupe","cfd")
);
--> statement-breakpoint
CREATE TABLE "mef" (
	"mefstat11" text PRIMARY KEY NOT NULL,
	"mef" text,
	"dispositif" text,
	"cfd" text NOT NULL,
	"duree" smallint,
	"annee" smallint,
	"libelle_court" text,
	"libelle_long" text,
	"date_ouverture" date,
	"date_fermeture" date,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "niveau_formation" (
	"code" text PRIMARY KEY NOT NULL,
	"niveau_interministeriel" text,
	"libelle_court" text NOT NULL,
	"libelle_long" text,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "import" (
	"id" serial PRIMARY KEY NOT NULL,
	"dataset" text NOT NULL,
	"fichier" text NOT NULL,
	"sha256" text NOT NULL,
	"lignes_lues" integer NOT NULL,
	"lignes_importees" integer NOT NULL,
	"lignes_inchangees" integer NOT NULL,
	"lignes_rejetees" integer NOT NULL,
	"fictif" boolean DEFAULT false NOT NULL,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicateur" (
	"id" serial PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"millesime" text NOT NULL,
	"filiere" text NOT NULL,
	"code" text,
	"code_type" text,
	"cfd" text,
	"region_code" text,
	"uai" text,
	"nb_annee_term" integer,
	"nb_poursuite_etudes" integer,
	"nb_sortant" integer,
	"nb_en_emploi_6_mois" integer,
	"nb_en_emploi_12_mois" integer,
	"nb_en_emploi_18_mois" integer,
	"nb_en_emploi_24_mois" integer,
	"nb_en_emploi_30_mois" integer,
	"nb_en_emploi_stable_6_mois" integer,
	"nb_en_emploi_stable_12_mois" integer,
	"nb_en_emploi_stable_18_mois" integer,
	"nb_en_emploi_stable_24_mois" integer,
	"nb_en_emploi_stable_30_mois" integer,
	"taux_en_formation" smallint,
	"taux_en_emploi_6_mois" smallint,
	"taux_en_emploi_12_mois" smallint,
	"taux_en_emploi_18_mois" smallint,
	"taux_en_emploi_24_mois" smallint,
	"taux_en_emploi_30_mois" smallint,
	"taux_autres_6_mois" smallint,
	"taux_autres_12_mois" smallint,
	"taux_autres_18_mois" smallint,
	"taux_autres_24_mois" smallint,
	"taux_autres_30_mois" smallint,
	"part_emploi_stable_6_mois" smallint,
	"part_emploi_stable_12_mois" smallint,
	"part_emploi_stable_18_mois" smallint,
	"part_emploi_stable_24_mois" smallint,
	"part_emploi_stable_30_mois" smallint,
	"taux_emploi_sortants_6_mois" smallint,
	"taux_emploi_sortants_12_mois" smallint,
	"taux_emploi_sortants_18_mois" smallint,
	"taux_emploi_sortants_24_mois" smallint,
	"taux_emploi_attendu_6_mois" smallint,
	"valeur_ajoutee_6_mois" smallint,
	"part_contrats_interrompus" smallint,
	"salaire_12_mois_q1" real,
	"salaire_12_mois_q2" real,
	"salaire_12_mois_q3" real,
	"raison_masquage" text,
	"donnee_source_code" text,
	"donnee_source_type" text DEFAULT 'self' NOT NULL,
	"derivation" text,
	"fictif" boolean DEFAULT false NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "indicateur_cle" UNIQUE NULLS NOT DISTINCT("code","scope","filiere","millesime","region_code","uai")
);
--> statement-breakpoint
CREATE TABLE "resolution_code" (
	"code" text NOT NULL,
	"code_final" text NOT NULL,
	"raison" text NOT NULL,
	CONSTRAINT "resolution_cle" UNIQUE("code","code_final")
);
--> statement-breakpoint
CREATE TABLE "academie" (
	"code" text PRIMARY KEY NOT NULL,
	"libelle" text NOT NULL,
	"region_code" text NOT NULL,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "departement" (
	"code" text PRIMARY KEY NOT NULL,
	"libelle" text NOT NULL,
	"academie_code" text NOT NULL,
	"region_code" text NOT NULL,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "etablissement" (
	"uai" text PRIMARY KEY NOT NULL,
	"libelle" text,
	"region_code" text,
	"academie_code" text,
	"departement_code" text,
	"import_id" integer
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" text PRIMARY KEY NOT NULL,
	"libelle" text NOT NULL,
	"import_id" integer
);
--> statement-breakpoint
ALTER TABLE "diplome_continuum" ADD CONSTRAINT "diplome_continuum_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diplome" ADD CONSTRAINT "diplome_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "famille_metier_specialite" ADD CONSTRAINT "famille_metier_specialite_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groupe_formation" ADD CONSTRAINT "groupe_formation_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lien_formation_groupe" ADD CONSTRAINT "lien_formation_groupe_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mef" ADD CONSTRAINT "mef_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "niveau_formation" ADD CONSTRAINT "niveau_formation_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicateur" ADD CONSTRAINT "indicateur_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academie" ADD CONSTRAINT "academie_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departement" ADD CONSTRAINT "departement_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "etablissement" ADD CONSTRAINT "etablissement_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region" ADD CONSTRAINT "region_import_id_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_hash" ON "api_key" USING btree ("hash");--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_partenaire_active" ON "api_key" USING btree ("partenaire") WHERE revoque_le is null;--> statement-breakpoint
CREATE INDEX "continuum_nouveau" ON "diplome_continuum" USING btree ("nouveau_code");--> statement-breakpoint
CREATE INDEX "diplome_niveau" ON "diplome" USING btree ("niveau");--> statement-breakpoint
CREATE INDEX "famille_cfd_commun" ON "famille_metier_specialite" USING btree ("cfd_commun");--> statement-breakpoint
CREATE INDEX "lien_groupe_cfd" ON "lien_formation_groupe" USING btree ("cfd");--> statement-breakpoint
CREATE INDEX "mef_cfd" ON "mef" USING btree ("cfd");--> statement-breakpoint
CREATE INDEX "mef_mef" ON "mef" USING btree ("mef");--> statement-breakpoint
CREATE UNIQUE INDEX "import_sha256_dataset" ON "import" USING btree ("sha256","dataset");--> statement-breakpoint
CREATE INDEX "indicateur_uai" ON "indicateur" USING btree ("uai","scope");--> statement-breakpoint
CREATE INDEX "indicateur_region" ON "indicateur" USING btree ("region_code","scope");--> statement-breakpoint
CREATE INDEX "indicateur_scope_millesime" ON "indicateur" USING btree ("scope","filiere","millesime");--> statement-breakpoint
CREATE INDEX "indicateur_cfd" ON "indicateur" USING btree ("cfd");--> statement-breakpoint
CREATE INDEX "indicateur_import" ON "indicateur" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "resolution_final" ON "resolution_code" USING btree ("code_final");--> statement-breakpoint
CREATE INDEX "academie_region" ON "academie" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "etablissement_region" ON "etablissement" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "etablissement_academie" ON "etablissement" USING btree ("academie_code");