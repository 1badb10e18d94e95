-- A published questionnaire version is a fixed measuring instrument: responses and benchmarks refer to it,
-- so its content can never change after publication, whatever code path (or person with a SQL shell) tries.
CREATE TRIGGER `questionnaire_versions_published_immutable`
BEFORE UPDATE OF `questionnaire_id`, `version`, `status`, `title`, `description`, `roles`, `definition`, `scoring`, `content_hash`, `published_at`
ON `questionnaire_versions`
WHEN OLD.`status` = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published_version_immutable: a published questionnaire version cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `questionnaire_versions_published_undeletable`
BEFORE DELETE ON `questionnaire_versions`
WHEN OLD.`status` = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published_version_immutable: a published questionnaire version cannot be deleted');
END;
--> statement-breakpoint
-- Respondents only ever answer a frozen version.
CREATE TRIGGER `campaigns_published_version_only`
BEFORE INSERT ON `campaigns`
WHEN (SELECT `status` FROM `questionnaire_versions` WHERE `id` = NEW.`version_id`) IS NOT 'published'
BEGIN
  SELECT RAISE(ABORT, 'campaign_version_not_published: a campaign must use a published version');
END;
--> statement-breakpoint
CREATE TRIGGER `campaigns_version_frozen`
BEFORE UPDATE OF `version_id`, `structure_id`, `role` ON `campaigns`
WHEN NEW.`version_id` IS NOT OLD.`version_id` OR NEW.`structure_id` IS NOT OLD.`structure_id` OR NEW.`role` IS NOT OLD.`role`
BEGIN
  SELECT RAISE(ABORT, 'campaign_frozen: a campaign keeps its structure, version and role');
END;
