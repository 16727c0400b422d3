CREATE TABLE `comparison` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL,
	`case_kind` text NOT NULL,
	`locale` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`submitter_name` text,
	`receipt_token_hash` text,
	`moderation_note` text,
	`source` text DEFAULT 'submission' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`published_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comparison_slug_unique` ON `comparison` (`slug`);--> statement-breakpoint
CREATE INDEX `comparison_status_published_idx` ON `comparison` (`status`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `comparison_case_kind_idx` ON `comparison` (`case_kind`,`status`);--> statement-breakpoint
CREATE TABLE `comparison_tag` (
	`comparison_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`comparison_id`, `tag_id`),
	FOREIGN KEY (`comparison_id`) REFERENCES `comparison`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tag`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `image` (
	`hash` text PRIMARY KEY NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`format` text NOT NULL,
	`variant_widths` text NOT NULL,
	`dominant_color` text NOT NULL,
	`placeholder` text NOT NULL,
	`phash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prompt_variant` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comparison_id` integer NOT NULL,
	`position` integer NOT NULL,
	`prompt` text NOT NULL,
	`revised_prompt` text,
	`tool` text NOT NULL,
	`model` text DEFAULT '' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`generated_at` text,
	FOREIGN KEY (`comparison_id`) REFERENCES `comparison`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompt_variant_position_unique` ON `prompt_variant` (`comparison_id`,`position`);--> statement-breakpoint
CREATE INDEX `prompt_variant_tool_idx` ON `prompt_variant` (`tool`,`model`);--> statement-breakpoint
CREATE TABLE `report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comparison_id` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`comparison_id`) REFERENCES `comparison`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_comparison_idx` ON `report` (`comparison_id`);--> statement-breakpoint
CREATE TABLE `run_image` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`variant_id` integer NOT NULL,
	`position` integer NOT NULL,
	`image_hash` text NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`variant_id`) REFERENCES `prompt_variant`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`image_hash`) REFERENCES `image`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `run_image_position_unique` ON `run_image` (`variant_id`,`position`);--> statement-breakpoint
CREATE INDEX `run_image_hash_idx` ON `run_image` (`image_hash`);--> statement-breakpoint
CREATE TABLE `session` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`teacher_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`teacher_id`) REFERENCES `teacher`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_teacher_idx` ON `session` (`teacher_id`);--> statement-breakpoint
CREATE TABLE `tag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tag_name_unique` ON `tag` (`name`);--> statement-breakpoint
CREATE TABLE `teacher` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teacher_name_unique` ON `teacher` (`name`);