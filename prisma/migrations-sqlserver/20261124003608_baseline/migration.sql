BEGIN TRY

BEGIN TRAN;

-- CreateTable
CREATE TABLE [dbo].[User] (
    [id] NVARCHAR(1000) NOT NULL,
    [email] NVARCHAR(1000) NOT NULL,
    [name] NVARCHAR(1000) NOT NULL,
    [passwordHash] NVARCHAR(1000) NOT NULL,
    [active] BIT NOT NULL CONSTRAINT [User_active_df] DEFAULT 1,
    [failedLogins] INT NOT NULL CONSTRAINT [User_failedLogins_df] DEFAULT 0,
    [lockedUntil] DATETIME2 NULL,
    [passwordChangedAt] DATETIME2 NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [User_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    [updatedAt] DATETIME2 NOT NULL,
    CONSTRAINT [User_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[UserRole] (
    [userId] NVARCHAR(1000) NOT NULL,
    [role] NVARCHAR(1000) NOT NULL,
    CONSTRAINT [UserRole_pkey] PRIMARY KEY CLUSTERED ([userId],[role])
);

-- CreateTable
CREATE TABLE [dbo].[Collection] (
    [id] NVARCHAR(1000) NOT NULL,
    [name] NVARCHAR(1000) NOT NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [Collection_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [Collection_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[CollectionMember] (
    [userId] NVARCHAR(1000) NOT NULL,
    [collectionId] NVARCHAR(1000) NOT NULL,
    [access] NVARCHAR(1000) NOT NULL CONSTRAINT [CollectionMember_access_df] DEFAULT N'write',
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [CollectionMember_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [CollectionMember_pkey] PRIMARY KEY CLUSTERED ([userId],[collectionId])
);

-- CreateTable
CREATE TABLE [dbo].[Group] (
    [id] NVARCHAR(1000) NOT NULL,
    [name] NVARCHAR(1000) NOT NULL,
    [description] NVARCHAR(1000) NOT NULL CONSTRAINT [Group_description_df] DEFAULT N'',
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [Group_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [Group_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[GroupMember] (
    [groupId] NVARCHAR(1000) NOT NULL,
    [userId] NVARCHAR(1000) NOT NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [GroupMember_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [GroupMember_pkey] PRIMARY KEY CLUSTERED ([groupId],[userId])
);

-- CreateTable
CREATE TABLE [dbo].[CollectionGrant] (
    [collectionId] NVARCHAR(1000) NOT NULL,
    [groupId] NVARCHAR(1000) NOT NULL,
    [access] NVARCHAR(1000) NOT NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [CollectionGrant_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [CollectionGrant_pkey] PRIMARY KEY CLUSTERED ([collectionId],[groupId])
);

-- CreateTable
CREATE TABLE [dbo].[Session] (
    [id] NVARCHAR(1000) NOT NULL,
    [userId] NVARCHAR(1000) NOT NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [Session_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    [expiresAt] DATETIME2 NOT NULL,
    [lastSeenAt] DATETIME2 NULL,
    [revokedAt] DATETIME2 NULL,
    [ip] NVARCHAR(1000) NULL,
    [userAgent] NVARCHAR(1000) NULL,
    CONSTRAINT [Session_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[ApiToken] (
    [id] NVARCHAR(1000) NOT NULL,
    [userId] NVARCHAR(1000) NOT NULL,
    [name] NVARCHAR(1000) NOT NULL,
    [prefix] NVARCHAR(1000) NOT NULL,
    [secretHash] NVARCHAR(1000) NOT NULL,
    [scopes] NVARCHAR(1000) NOT NULL CONSTRAINT [ApiToken_scopes_df] DEFAULT N'[]',
    [collectionIds] NVARCHAR(1000) NULL,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [ApiToken_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    [expiresAt] DATETIME2 NOT NULL,
    [lastUsedAt] DATETIME2 NULL,
    [revokedAt] DATETIME2 NULL,
    CONSTRAINT [ApiToken_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[AuditEvent] (
    [id] NVARCHAR(1000) NOT NULL,
    [at] DATETIME2 NOT NULL CONSTRAINT [AuditEvent_at_df] DEFAULT CURRENT_TIMESTAMP,
    [actorId] NVARCHAR(1000) NULL,
    [action] NVARCHAR(1000) NOT NULL,
    [target] NVARCHAR(1000) NOT NULL,
    [outcome] NVARCHAR(1000) NOT NULL,
    [ip] NVARCHAR(1000) NULL,
    [details] NVARCHAR(1000) NOT NULL CONSTRAINT [AuditEvent_details_df] DEFAULT N'{}',
    CONSTRAINT [AuditEvent_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[IngestJob] (
    [id] NVARCHAR(1000) NOT NULL,
    [collectionId] NVARCHAR(1000) NOT NULL,
    [source] NVARCHAR(1000) NOT NULL,
    [skills] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestJob_skills_df] DEFAULT N'[]',
    [createdById] NVARCHAR(1000) NULL,
    [label] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestJob_label_df] DEFAULT N'',
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [IngestJob_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT [IngestJob_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[IngestItem] (
    [id] NVARCHAR(1000) NOT NULL,
    [jobId] NVARCHAR(1000) NOT NULL,
    [collectionId] NVARCHAR(1000) NOT NULL,
    [parentItemId] NVARCHAR(1000) NULL,
    [documentId] NVARCHAR(1000) NOT NULL,
    [replacesDocumentId] NVARCHAR(1000) NULL,
    [lineageId] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestItem_lineageId_df] DEFAULT N'',
    [version] INT NOT NULL CONSTRAINT [IngestItem_version_df] DEFAULT 1,
    [depth] INT NOT NULL CONSTRAINT [IngestItem_depth_df] DEFAULT 0,
    [runId] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestItem_runId_df] DEFAULT N'',
    [name] NVARCHAR(1000) NOT NULL,
    [path] NVARCHAR(1000) NOT NULL,
    [sha256] NVARCHAR(1000) NOT NULL,
    [sizeBytes] INT NOT NULL,
    [mediaType] NVARCHAR(1000) NULL,
    [status] NVARCHAR(1000) NOT NULL CONSTRAINT [IngestItem_status_df] DEFAULT N'queued',
    [reason] NVARCHAR(1000) NULL,
    [message] NVARCHAR(1000) NULL,
    [duplicate] BIT NOT NULL CONSTRAINT [IngestItem_duplicate_df] DEFAULT 0,
    [attempts] INT NOT NULL CONSTRAINT [IngestItem_attempts_df] DEFAULT 0,
    [chunksTotal] INT NOT NULL CONSTRAINT [IngestItem_chunksTotal_df] DEFAULT 0,
    [chunksDone] INT NOT NULL CONSTRAINT [IngestItem_chunksDone_df] DEFAULT 0,
    [createdAt] DATETIME2 NOT NULL CONSTRAINT [IngestItem_createdAt_df] DEFAULT CURRENT_TIMESTAMP,
    [updatedAt] DATETIME2 NOT NULL,
    [startedAt] DATETIME2 NULL,
    [finishedAt] DATETIME2 NULL,
    CONSTRAINT [IngestItem_pkey] PRIMARY KEY CLUSTERED ([id])
);

-- CreateTable
CREATE TABLE [dbo].[SourceFile] (
    [collectionId] NVARCHAR(1000) NOT NULL,
    [path] NVARCHAR(1000) NOT NULL,
    [documentId] NVARCHAR(1000) NOT NULL,
    [lineageId] NVARCHAR(1000) NOT NULL,
    [version] INT NOT NULL,
    [fingerprint] NVARCHAR(1000) NOT NULL CONSTRAINT [SourceFile_fingerprint_df] DEFAULT N'',
    [updatedAt] DATETIME2 NOT NULL,
    CONSTRAINT [SourceFile_pkey] PRIMARY KEY CLUSTERED ([collectionId],[path])
);

-- CreateIndex
CREATE UNIQUE NONCLUSTERED INDEX [User_email_key] ON [dbo].[User]([email]);

-- CreateIndex
CREATE UNIQUE NONCLUSTERED INDEX [Collection_name_key] ON [dbo].[Collection]([name]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [CollectionMember_collectionId_idx] ON [dbo].[CollectionMember]([collectionId]);

-- CreateIndex
CREATE UNIQUE NONCLUSTERED INDEX [Group_name_key] ON [dbo].[Group]([name]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [GroupMember_userId_idx] ON [dbo].[GroupMember]([userId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [CollectionGrant_groupId_idx] ON [dbo].[CollectionGrant]([groupId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [Session_userId_expiresAt_idx] ON [dbo].[Session]([userId],[expiresAt]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [ApiToken_userId_createdAt_idx] ON [dbo].[ApiToken]([userId],[createdAt]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [AuditEvent_at_idx] ON [dbo].[AuditEvent]([at]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [AuditEvent_actorId_idx] ON [dbo].[AuditEvent]([actorId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [AuditEvent_ip_at_idx] ON [dbo].[AuditEvent]([ip],[at]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestJob_collectionId_createdAt_idx] ON [dbo].[IngestJob]([collectionId],[createdAt]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_jobId_status_idx] ON [dbo].[IngestItem]([jobId],[status]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_collectionId_status_idx] ON [dbo].[IngestItem]([collectionId],[status]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_documentId_idx] ON [dbo].[IngestItem]([documentId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_lineageId_idx] ON [dbo].[IngestItem]([lineageId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_parentItemId_idx] ON [dbo].[IngestItem]([parentItemId]);

-- CreateIndex
CREATE NONCLUSTERED INDEX [IngestItem_finishedAt_idx] ON [dbo].[IngestItem]([finishedAt]);

-- AddForeignKey
ALTER TABLE [dbo].[UserRole] ADD CONSTRAINT [UserRole_userId_fkey] FOREIGN KEY ([userId]) REFERENCES [dbo].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[CollectionMember] ADD CONSTRAINT [CollectionMember_userId_fkey] FOREIGN KEY ([userId]) REFERENCES [dbo].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[CollectionMember] ADD CONSTRAINT [CollectionMember_collectionId_fkey] FOREIGN KEY ([collectionId]) REFERENCES [dbo].[Collection]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[GroupMember] ADD CONSTRAINT [GroupMember_groupId_fkey] FOREIGN KEY ([groupId]) REFERENCES [dbo].[Group]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[GroupMember] ADD CONSTRAINT [GroupMember_userId_fkey] FOREIGN KEY ([userId]) REFERENCES [dbo].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[CollectionGrant] ADD CONSTRAINT [CollectionGrant_collectionId_fkey] FOREIGN KEY ([collectionId]) REFERENCES [dbo].[Collection]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[CollectionGrant] ADD CONSTRAINT [CollectionGrant_groupId_fkey] FOREIGN KEY ([groupId]) REFERENCES [dbo].[Group]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[Session] ADD CONSTRAINT [Session_userId_fkey] FOREIGN KEY ([userId]) REFERENCES [dbo].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[ApiToken] ADD CONSTRAINT [ApiToken_userId_fkey] FOREIGN KEY ([userId]) REFERENCES [dbo].[User]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE [dbo].[IngestItem] ADD CONSTRAINT [IngestItem_jobId_fkey] FOREIGN KEY ([jobId]) REFERENCES [dbo].[IngestJob]([id]) ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT TRAN;

END TRY
BEGIN CATCH

IF @@TRANCOUNT > 0
BEGIN
    ROLLBACK TRAN;
END;
THROW

END CATCH
