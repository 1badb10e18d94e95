-- A label certificate is what a committee cites, and a final mark is a manager's dated decision: neither can be changed or deleted.
CREATE TRIGGER `label_certificates_frozen`
BEFORE UPDATE ON `label_certificates`
BEGIN
  SELECT RAISE(ABORT, 'certificate_immutable: a label certificate cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `label_certificates_undeletable`
BEFORE DELETE ON `label_certificates`
BEGIN
  SELECT RAISE(ABORT, 'certificate_immutable: a label certificate cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `label_final_marks_frozen`
BEFORE UPDATE ON `label_final_marks`
BEGIN
  SELECT RAISE(ABORT, 'mark_immutable: a final mark cannot be changed');
END;
