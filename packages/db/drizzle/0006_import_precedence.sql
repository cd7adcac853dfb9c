ALTER TABLE "import" ADD COLUMN "rang" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import" ADD COLUMN "publie_le" text;