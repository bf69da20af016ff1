-- Hand-written below: not derived from schema.prisma
-- The audit log is append-only in the database itself, not only in the API: nothing in Quarry
-- updates or deletes an audit event, so any attempt is a defect or tampering and is refused.
-- (DROP TABLE does not fire these triggers but drops them: a future migration that redefines
-- "AuditEvent" must create them again; audit-log-append-only.int.test.ts fails otherwise.)
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only: an event cannot be updated');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only: an event cannot be deleted');
END;
