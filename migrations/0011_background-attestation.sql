ALTER TABLE `drafts` ADD `submitted_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `staff_invitations` ADD `project_id` integer REFERENCES research_projects(id);--> statement-breakpoint
ALTER TABLE `users` ADD `background_attested_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `users` ADD `background_attested_at` text;