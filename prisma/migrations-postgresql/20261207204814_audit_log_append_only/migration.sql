-- Hand-written below: not derived from schema.prisma
-- The audit log is append-only in the database itself, not only in the API: nothing in Quarry
-- updates or deletes an audit event, so any attempt (UPDATE, DELETE or TRUNCATE) is a defect or
-- tampering and is refused.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_append_only"();
