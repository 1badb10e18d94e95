CREATE TABLE `indicator_cells` (
	`version_id` integer NOT NULL,
	`structure_id` integer NOT NULL,
	`role` text NOT NULL,
	`period` text NOT NULL,
	`indicator_id` text NOT NULL,
	`n` integer NOT NULL,
	`sum` real NOT NULL,
	`sum_squares` real NOT NULL,
	PRIMARY KEY(`version_id`, `structure_id`, `role`, `period`, `indicator_id`),
	FOREIGN KEY (`version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`structure_id` integer NOT NULL,
	`questionnaire` text NOT NULL,
	`method_version` text NOT NULL,
	`data_cutoff` text NOT NULL,
	`min_cell` integer NOT NULL,
	`content` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_snapshots_structure_idx` ON `report_snapshots` (`structure_id`);