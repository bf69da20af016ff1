-- Hand-written below: not derived from schema.prisma
-- The audit log is append-only in the database itself, not only in the API: nothing in Quarry
-- updates or deletes an audit event, so any attempt is a defect or tampering and is refused.
-- CREATE TRIGGER must start its own batch, hence EXEC. TRUNCATE TABLE fires no trigger on SQL
-- Server, but needs ALTER permission on the table, like dropping the trigger. Not run anywhere yet
-- (docs/databases.md: SQL Server).
BEGIN TRY

BEGIN TRAN;

EXEC('CREATE TRIGGER [dbo].[AuditEvent_append_only] ON [dbo].[AuditEvent] INSTEAD OF UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    THROW 50001, ''AuditEvent is append-only: an event cannot be updated or deleted'', 1;
END');

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
