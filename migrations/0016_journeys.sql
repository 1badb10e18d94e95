CREATE TABLE `journeys` (
	`lookup_key` text PRIMARY KEY NOT NULL,
	`sealed` blob NOT NULL,
	`stored_on` text NOT NULL
);
