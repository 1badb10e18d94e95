-- The recorded comparability decisions are what benchmarks pool on: once a version is published with them,
-- they can be neither changed nor deleted.
CREATE TRIGGER `version_decisions_frozen`
BEFORE UPDATE ON `version_decisions`
BEGIN
  SELECT RAISE(ABORT, 'decision_immutable: a recorded decision cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `version_decisions_undeletable`
BEFORE DELETE ON `version_decisions`
BEGIN
  SELECT RAISE(ABORT, 'decision_immutable: a recorded decision cannot be deleted');
END;
--> statement-breakpoint
-- Who approved what stays in a version's history.
CREATE TRIGGER `draft_approvals_frozen`
BEFORE UPDATE ON `draft_approvals`
BEGIN
  SELECT RAISE(ABORT, 'approval_immutable: an approval cannot be changed');
END;
--> statement-breakpoint
-- A published draft is the record of how its version was made: its content and revision no longer change.
CREATE TRIGGER `drafts_published_frozen`
BEFORE UPDATE ON `drafts`
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'draft_published: a published draft cannot be changed');
END;
