-- Anonymity: an ordinary SQLite table keeps a hidden, increasing rowid, which records the order in which
-- responses arrived — enough, with a waiting-room schedule, to single someone out. Responses and their
-- scores are rebuilt as WITHOUT ROWID tables, stored in the order of their random ids and nothing else.
-- (drizzle-kit cannot express WITHOUT ROWID: a later generated migration that rebuilds these tables must
-- keep this clause.)
CREATE TABLE `responses_new` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`structure_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`role` text NOT NULL,
	`answers` text NOT NULL,
	`locale` text NOT NULL,
	`submitted_on` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `responses_new` SELECT `id`, `campaign_id`, `structure_id`, `version_id`, `role`, `answers`, `locale`, `submitted_on`, `is_demo` FROM `responses`;
--> statement-breakpoint
CREATE TABLE `response_scores_new` (
	`response_id` text NOT NULL,
	`dimension` text NOT NULL,
	`score` real,
	`answered` integer NOT NULL,
	`items` integer NOT NULL,
	PRIMARY KEY(`response_id`, `dimension`),
	FOREIGN KEY (`response_id`) REFERENCES `responses_new`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `response_scores_new` SELECT `response_id`, `dimension`, `score`, `answered`, `items` FROM `response_scores`;
--> statement-breakpoint
DROP TABLE `response_scores`;
--> statement-breakpoint
DROP TABLE `responses`;
--> statement-breakpoint
-- Renaming rewrites the foreign key of response_scores_new to point at `responses`.
ALTER TABLE `responses_new` RENAME TO `responses`;
--> statement-breakpoint
ALTER TABLE `response_scores_new` RENAME TO `response_scores`;
--> statement-breakpoint
CREATE INDEX `responses_structure_version_idx` ON `responses` (`structure_id`,`version_id`);
--> statement-breakpoint
CREATE INDEX `responses_campaign_idx` ON `responses` (`campaign_id`);
