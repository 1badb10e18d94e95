CREATE TABLE `draft_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`user_id` integer NOT NULL,
	`background` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draft_approvals_uq` ON `draft_approvals` (`draft_id`,`revision`,`user_id`);--> statement-breakpoint
CREATE TABLE `draft_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`parent_id` integer,
	`question` text,
	`body` text NOT NULL,
	`falc_review` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`author_id` integer,
	`created_at` text NOT NULL,
	`resolved_by` integer,
	`resolved_at` text,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `draft_comments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draft_comments_draft_idx` ON `draft_comments` (`draft_id`);--> statement-breakpoint
CREATE TABLE `draft_revisions` (
	`draft_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`content` text NOT NULL,
	`decisions` text NOT NULL,
	`author_id` integer,
	`created_at` text NOT NULL,
	PRIMARY KEY(`draft_id`, `revision`),
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`slug` text NOT NULL,
	`base_version_id` integer,
	`status` text NOT NULL,
	`revision` integer NOT NULL,
	`content` text NOT NULL,
	`decisions` text DEFAULT '[]' NOT NULL,
	`published_version_id` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `research_projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`base_version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `drafts_project_idx` ON `drafts` (`project_id`);--> statement-breakpoint
CREATE TABLE `pilot_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`answers` text NOT NULL,
	`submitted_on` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pilot_responses_draft_idx` ON `pilot_responses` (`draft_id`);--> statement-breakpoint
CREATE TABLE `project_members` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`added_by` integer,
	`added_at` text NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `research_projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `research_projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`ethics` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `version_decisions` (
	`version_id` integer NOT NULL,
	`key` text NOT NULL,
	`comparable` integer NOT NULL,
	`note` text NOT NULL,
	PRIMARY KEY(`version_id`, `key`),
	FOREIGN KEY (`version_id`) REFERENCES `questionnaire_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `questionnaires` ADD `project_id` integer REFERENCES research_projects(id);--> statement-breakpoint
ALTER TABLE `staff_invitations` ADD `background` text;--> statement-breakpoint
ALTER TABLE `staff_invitations` ADD `display_name` text;--> statement-breakpoint
ALTER TABLE `users` ADD `background` text;