CREATE TABLE `released_figures` (
	`release_id` integer NOT NULL,
	`role` text NOT NULL,
	`indicator_id` text NOT NULL,
	`scope` text NOT NULL,
	`figure` text NOT NULL,
	`detail` text NOT NULL,
	PRIMARY KEY(`release_id`, `scope`, `role`, `indicator_id`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`series` text NOT NULL,
	`quarter` text NOT NULL,
	`cutoff` text NOT NULL,
	`method_version` text NOT NULL,
	`min_cell` integer NOT NULL,
	`versions` text NOT NULL,
	`released_on` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `releases_series_quarter_idx` ON `releases` (`series`,`quarter`);