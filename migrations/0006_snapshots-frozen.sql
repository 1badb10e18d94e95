-- A snapshot is what a label committee cites: once taken it can be neither changed nor deleted.
CREATE TRIGGER `report_snapshots_frozen`
BEFORE UPDATE ON `report_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'snapshot_immutable: a report snapshot cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `report_snapshots_undeletable`
BEFORE DELETE ON `report_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'snapshot_immutable: a report snapshot cannot be deleted');
END;
