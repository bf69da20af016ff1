-- CreateTable
CREATE TABLE "IngestJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "collectionId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "skills" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "IngestItem" (
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
    CONSTRAINT "IngestItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "IngestJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceFile" (
    "collectionId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("collectionId", "path")
);

-- CreateIndex
CREATE INDEX "IngestJob_collectionId_createdAt_idx" ON "IngestJob"("collectionId", "createdAt");

-- CreateIndex
CREATE INDEX "IngestItem_jobId_status_idx" ON "IngestItem"("jobId", "status");

-- CreateIndex
CREATE INDEX "IngestItem_collectionId_status_idx" ON "IngestItem"("collectionId", "status");

-- CreateIndex
CREATE INDEX "IngestItem_documentId_idx" ON "IngestItem"("documentId");

-- CreateIndex
CREATE INDEX "IngestItem_lineageId_idx" ON "IngestItem"("lineageId");

-- CreateIndex
CREATE INDEX "IngestItem_parentItemId_idx" ON "IngestItem"("parentItemId");

-- CreateIndex
CREATE INDEX "IngestItem_finishedAt_idx" ON "IngestItem"("finishedAt");
