-- Backgrounds already vouched for: a co-researcher invited by an admin had their background chosen by that
-- admin, who is recorded as its attester. Any other background (chosen by a co-researcher who invited them)
-- waits for an admin or the coordinator of the region: until then it counts in no approval.
UPDATE users SET
  background_attested_by = (
    SELECT si.invited_by FROM staff_invitations si JOIN users inviter ON inviter.id = si.invited_by
    WHERE si.email = users.email AND si.accepted_at IS NOT NULL AND inviter.role = 'admin'
    ORDER BY si.accepted_at DESC LIMIT 1
  ),
  background_attested_at = (
    SELECT si.accepted_at FROM staff_invitations si JOIN users inviter ON inviter.id = si.invited_by
    WHERE si.email = users.email AND si.accepted_at IS NOT NULL AND inviter.role = 'admin'
    ORDER BY si.accepted_at DESC LIMIT 1
  )
WHERE role = 'co_researcher' AND background IS NOT NULL AND background_attested_by IS NULL;
--> statement-breakpoint
-- The demo co-researchers: attested by the demo admin, in the demo coordinator's region.
UPDATE users SET
  background_attested_by = (SELECT id FROM users a WHERE a.role = 'admin' AND a.is_demo = 1 ORDER BY a.id LIMIT 1),
  background_attested_at = created_at,
  region = COALESCE(region, '84')
WHERE role = 'co_researcher' AND is_demo = 1 AND background IS NOT NULL AND background_attested_by IS NULL;
--> statement-breakpoint
-- Drafts under review: their submitter, from the audit log.
UPDATE drafts SET submitted_by = (
  SELECT a.user_id FROM audit_log a WHERE a.action = 'draft.submit' AND a.target_type = 'draft' AND a.target_id = CAST(drafts.id AS TEXT)
  ORDER BY a.id DESC LIMIT 1
)
WHERE status = 'in_review';
