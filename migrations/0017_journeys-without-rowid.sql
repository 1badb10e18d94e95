-- Anonymity: an ordinary table keeps a hidden, increasing rowid — the order in which histories were first
-- stored. Like responses (0004), the journeys table is rebuilt WITHOUT ROWID: kept in the order of its
-- derived keys and nothing else. (drizzle-kit cannot express WITHOUT ROWID: a later generated migration that
-- rebuilds this table must keep the clause.)
CREATE TABLE `journeys_new` (
	`lookup_key` text PRIMARY KEY NOT NULL,
	`sealed` blob NOT NULL,
	`stored_on` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `journeys_new` SELECT `lookup_key`, `sealed`, `stored_on` FROM `journeys`;
--> statement-breakpoint
DROP TABLE `journeys`;
--> statement-breakpoint
ALTER TABLE `journeys_new` RENAME TO `journeys`;
