-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IngestItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "parentItemId" TEXT,
    "documentId" TEXT NOT NULL,
    "replacesDocumentId" TEXT,
    "lineageId" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "runId" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mediaType" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "reason" TEXT,
    "message" TEXT,
    "duplicate" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "chunksTotal" INTEGER NOT NULL DEFAULT 0,
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "knowledgeStatus" TEXT NOT NULL DEFAULT 'none',
    "knowledgeQuality" TEXT,
    "knowledgeMessage" TEXT,
    "knowledgeAttempts" INTEGER NOT NULL DEFAULT 0,
    "knowledgeStartedAt" DATETIME,
    "knowledgeFinishedAt" DATETIME,
    CONSTRAINT "IngestItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "IngestJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IngestItem" ("attempts", "chunksDone", "chunksTotal", "collectionId", "createdAt", "depth", "documentId", "duplicate", "finishedAt", "id", "jobId", "lineageId", "mediaType", "message", "name", "parentItemId", "path", "reason", "replacesDocumentId", "runId", "sha256", "sizeBytes", "startedAt", "status", "updatedAt", "version") SELECT "attempts", "chunksDone", "chunksTotal", "collectionId", "createdAt", "depth", "documentId", "duplicate", "finishedAt", "id", "jobId", "lineageId", "mediaType", "message", "name", "parentItemId", "path", "reason", "replacesDocumentId", "runId", "sha256", "sizeBytes", "startedAt", "status", "updatedAt", "version" FROM "IngestItem";
DROP TABLE "IngestItem";
ALTER TABLE "new_IngestItem" RENAME TO "IngestItem";
CREATE INDEX "IngestItem_jobId_status_idx" ON "IngestItem"("jobId", "status");
CREATE INDEX "IngestItem_jobId_knowledgeStatus_idx" ON "IngestItem"("jobId", "knowledgeStatus");
CREATE INDEX "IngestItem_collectionId_status_idx" ON "IngestItem"("collectionId", "status");
CREATE INDEX "IngestItem_documentId_idx" ON "IngestItem"("documentId");
CREATE INDEX "IngestItem_lineageId_idx" ON "IngestItem"("lineageId");
CREATE INDEX "IngestItem_parentItemId_idx" ON "IngestItem"("parentItemId");
CREATE INDEX "IngestItem_finishedAt_idx" ON "IngestItem"("finishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
