-- Full-text search over titles, descriptions (both languages where translated) and prompts
-- (SQLite FTS5). rowid = comparison.id.
-- unicode61 with diacritics removed matches Dutch words typed without accents (één, geïnspireerd);
-- prefix indexes make "type-ahead" prefix queries cheap. Triggers keep it in step with the rows,
-- whatever code writes them.
CREATE VIRTUAL TABLE `comparison_search` USING fts5(
  title, description, prompts,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `comparison_search_ai` AFTER INSERT ON `comparison` BEGIN
  INSERT INTO comparison_search(rowid, title, description, prompts)
  VALUES (
    new.id,
    new.title || ' ' || coalesce(json_extract(new.translations, '$.nl.title'), '')
      || ' ' || coalesce(json_extract(new.translations, '$.en.title'), ''),
    new.description || ' ' || coalesce(json_extract(new.translations, '$.nl.description'), '')
      || ' ' || coalesce(json_extract(new.translations, '$.en.description'), ''),
    ''
  );
END;
--> statement-breakpoint
CREATE TRIGGER `comparison_search_au` AFTER UPDATE OF title, description, translations ON `comparison` BEGIN
  UPDATE comparison_search SET
    title = new.title || ' ' || coalesce(json_extract(new.translations, '$.nl.title'), '')
      || ' ' || coalesce(json_extract(new.translations, '$.en.title'), ''),
    description = new.description || ' ' || coalesce(json_extract(new.translations, '$.nl.description'), '')
      || ' ' || coalesce(json_extract(new.translations, '$.en.description'), '')
  WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `comparison_search_ad` AFTER DELETE ON `comparison` BEGIN
  DELETE FROM comparison_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `prompt_variant_search_ai` AFTER INSERT ON `prompt_variant` BEGIN
  UPDATE comparison_search SET prompts = (
    SELECT group_concat(prompt || ' ' || coalesce(revised_prompt, ''), ' ')
    FROM prompt_variant WHERE comparison_id = new.comparison_id
  ) WHERE rowid = new.comparison_id;
END;
--> statement-breakpoint
CREATE TRIGGER `prompt_variant_search_au` AFTER UPDATE OF prompt, revised_prompt ON `prompt_variant` BEGIN
  UPDATE comparison_search SET prompts = (
    SELECT group_concat(prompt || ' ' || coalesce(revised_prompt, ''), ' ')
    FROM prompt_variant WHERE comparison_id = new.comparison_id
  ) WHERE rowid = new.comparison_id;
END;
--> statement-breakpoint
CREATE TRIGGER `prompt_variant_search_ad` AFTER DELETE ON `prompt_variant` BEGIN
  UPDATE comparison_search SET prompts = coalesce((
    SELECT group_concat(prompt || ' ' || coalesce(revised_prompt, ''), ' ')
    FROM prompt_variant WHERE comparison_id = old.comparison_id
  ), '') WHERE rowid = old.comparison_id;
END;
