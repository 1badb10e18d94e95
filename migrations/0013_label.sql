CREATE TABLE `label_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`structure_id` integer NOT NULL,
	`criteria_version` integer NOT NULL,
	`criteria_hash` text NOT NULL,
	`method_version` text NOT NULL,
	`data_cutoff` text NOT NULL,
	`assessed_on` text NOT NULL,
	`level` text NOT NULL,
	`content` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `label_certificates_structure_idx` ON `label_certificates` (`structure_id`);--> statement-breakpoint
CREATE TABLE `label_final_marks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`structure_id` integer NOT NULL,
	`response_id` text NOT NULL,
	`marked_by` integer,
	`marked_at` text NOT NULL,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`marked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `label_final_marks_structure_idx` ON `label_final_marks` (`structure_id`);