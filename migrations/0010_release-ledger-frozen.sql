-- The ledger is append-only: a released figure is what readers saw, and a later change would let them
-- subtract one state from the other.
CREATE TRIGGER `releases_frozen`
BEFORE UPDATE ON `releases`
BEGIN
  SELECT RAISE(ABORT, 'ledger_immutable: a release cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `releases_undeletable`
BEFORE DELETE ON `releases`
BEGIN
  SELECT RAISE(ABORT, 'ledger_immutable: a release cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `released_figures_frozen`
BEFORE UPDATE ON `released_figures`
BEGIN
  SELECT RAISE(ABORT, 'ledger_immutable: a released figure cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `released_figures_undeletable`
BEFORE DELETE ON `released_figures`
BEGIN
  SELECT RAISE(ABORT, 'ledger_immutable: a released figure cannot be deleted');
END;
