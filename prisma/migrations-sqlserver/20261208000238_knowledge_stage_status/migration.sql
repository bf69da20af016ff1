BEGIN TRY

BEGIN TRAN;

-- AlterTable
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeAttempts] INT NOT NULL CONSTRAINT [IngestItem_knowledgeAttempts_df] DEFAULT 0;
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeFinishedAt] DATETIME2 NULL;
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeMessage] NVARCHAR(1000) NULL;
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeQuality] NVARCHAR(1000) NULL;
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeStartedAt] DATETIME2 NULL;
ALTER TABLE [dbo].[IngestItem] ADD [knowledgeStatus] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestItem_knowledgeStatus_df] DEFAULT N'none';

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_jobId_knowledgeStatus_idx] ON [dbo].[IngestItem]([jobId],[knowledgeStatus]);

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
