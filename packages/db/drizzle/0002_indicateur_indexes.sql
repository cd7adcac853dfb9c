ALTER TABLE "indicateur" DROP CONSTRAINT "indicateur_import_id_import_id_fk";
--> statement-breakpoint
DROP INDEX "indicateur_region";--> statement-breakpoint
DROP INDEX "indicateur_scope_millesime";--> statement-breakpoint
DROP INDEX "indicateur_import";--> statement-breakpoint
DROP INDEX "indicateur_uai";--> statement-breakpoint
CREATE INDEX "indicateur_scope" ON "indicateur" USING btree ("scope","filiere","millesime","region_code");--> statement-breakpoint
CREATE INDEX "indicateur_uai" ON "indicateur" USING btree ("uai","scope") WHERE "indicateur"."uai" is not null;