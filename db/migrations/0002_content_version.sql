-- A counter that changes whenever anything a public page shows changes. The page cache
-- (lib/page-cache) compares it on every request instead of guessing with time-outs.
CREATE TABLE `content_version` (
  `id` integer PRIMARY KEY CHECK (`id` = 1),
  `version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `content_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `content_version_comparison_i` AFTER INSERT ON `comparison` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_comparison_u` AFTER UPDATE ON `comparison` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_comparison_d` AFTER DELETE ON `comparison` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_variant_i` AFTER INSERT ON `prompt_variant` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_variant_u` AFTER UPDATE ON `prompt_variant` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_variant_d` AFTER DELETE ON `prompt_variant` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_run_i` AFTER INSERT ON `run_image` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_run_u` AFTER UPDATE ON `run_image` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_run_d` AFTER DELETE ON `run_image` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_tag_i` AFTER INSERT ON `comparison_tag` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER `content_version_tag_d` AFTER DELETE ON `comparison_tag` BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
