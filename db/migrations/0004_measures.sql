CREATE TABLE `image_features` (
	`image_hash` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`grey` blob NOT NULL,
	`histogram` blob NOT NULL,
	FOREIGN KEY (`image_hash`) REFERENCES `image`(`hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tally_question` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comparison_id` integer NOT NULL,
	`position` integer NOT NULL,
	`template` text,
	`label` text,
	`options` text NOT NULL,
	`voting_open` integer DEFAULT true NOT NULL,
	`reference` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`comparison_id`) REFERENCES `comparison`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tally_question_position_unique` ON `tally_question` (`comparison_id`,`position`);--> statement-breakpoint
CREATE TABLE `tally_vote` (
	`question_id` integer NOT NULL,
	`run_id` integer NOT NULL,
	`voter_hash` text NOT NULL,
	`option` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`question_id`, `run_id`, `voter_hash`),
	FOREIGN KEY (`question_id`) REFERENCES `tally_question`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `run_image`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tally_vote_question_idx` ON `tally_vote` (`question_id`,`run_id`,`option`);--> statement-breakpoint
-- Questions (and opening or closing a vote) change what the comparison page shows, so they move
-- the page cache's counter; single votes do not: live tallies are fetched apart from the page.
CREATE TRIGGER `content_version_tally_question_i` AFTER INSERT ON `tally_question` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_tally_question_u` AFTER UPDATE ON `tally_question` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_tally_question_d` AFTER DELETE ON `tally_question` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
