CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`target_type` text,
	`target_id` text,
	`details` text,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`structure_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`role` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text,
	`status` text DEFAULT 'active' NOT NULL,
	`requires_invitation` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_code_unique` ON `campaigns` (`code`);--> statement-breakpoint
CREATE INDEX `campaigns_structure_idx` ON `campaigns` (`structure_id`);--> statement-breakpoint
CREATE TABLE `invitation_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`campaign_id` integer NOT NULL,
	`used` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invitation_tokens_campaign_idx` ON `invitation_tokens` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `questionnaire_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`questionnaire_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`roles` text NOT NULL,
	`definition` text NOT NULL,
	`scoring` text NOT NULL,
	`content_hash` text NOT NULL,
	`source_file` text,
	`published_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questionnaire_versions_number_uq` ON `questionnaire_versions` (`questionnaire_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `questionnaire_versions_hash_uq` ON `questionnaire_versions` (`questionnaire_id`,`content_hash`);--> statement-breakpoint
CREATE TABLE `questionnaires` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questionnaires_slug_unique` ON `questionnaires` (`slug`);--> statement-breakpoint
CREATE TABLE `response_scores` (
	`response_id` text NOT NULL,
	`dimension` text NOT NULL,
	`score` real,
	`answered` integer NOT NULL,
	`items` integer NOT NULL,
	PRIMARY KEY(`response_id`, `dimension`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `responses` (
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
);
--> statement-breakpoint
CREATE INDEX `responses_structure_version_idx` ON `responses` (`structure_id`,`version_id`);--> statement-breakpoint
CREATE INDEX `responses_campaign_idx` ON `responses` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `structures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`department` text NOT NULL,
	`region` text NOT NULL,
	`setting` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `structures_region_idx` ON `structures` (`region`);--> statement-breakpoint
CREATE TABLE `user_structures` (
	`user_id` integer NOT NULL,
	`structure_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `structure_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`structure_id`) REFERENCES `structures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`region` text,
	`display_name` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`password_changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);