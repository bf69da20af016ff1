-- AlterTable
ALTER TABLE "IngestItem" ADD COLUMN     "knowledgeAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "knowledgeFinishedAt" TIMESTAMP(3),
ADD COLUMN     "knowledgeMessage" TEXT,
ADD COLUMN     "knowledgeQuality" TEXT,
ADD COLUMN     "knowledgeStartedAt" TIMESTAMP(3),
ADD COLUMN     "knowledgeStatus" TEXT NOT NULL DEFAULT 'none';

-- CreateIndex
CREATE INDEX "IngestItem_jobId_knowledgeStatus_idx" ON "IngestItem"("jobId", "knowledgeStatus");
