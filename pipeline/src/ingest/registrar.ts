import type { PrismaClient } from '@quarry/prisma';
import { registerFiles, type NewFile, type RegisteredItem } from '@quarry/prisma/ingest-records';
import { groupCommit, type GroupCommit } from '../group-commit.ts';
import type { PipelineQueue } from '../queue.ts';
import { enqueueItems } from './enqueue.ts';

/** Resolves once the file is recorded and, unless it is a duplicate, queued. */
export type Registrar = GroupCommit<NewFile, RegisteredItem>;

/**
 * Registration of the files arriving at a process (uploads, the ingest folder), group-committed:
 * one SQL transaction and one queue round trip for all the files that arrived while the previous
 * batch was written. When a batch fails for another reason than a store outage, each of its files
 * is tried alone, so one bad file fails only its own upload.
 */
export function registrar(prisma: () => PrismaClient, queue: () => PipelineQueue): Registrar {
  return groupCommit(
    async (files) => {
      let items: Array<RegisteredItem | Error>;
      try {
        items = await registerFiles(prisma(), files);
      } catch (error) {
        if (files.length === 1) throw error;
        items = [];
        for (const file of files) {
          items.push(
            await registerFiles(prisma(), [file]).then(
              ([item]) => item!,
              (failure: unknown) =>
                failure instanceof Error ? failure : new Error(String(failure)),
            ),
          );
        }
      }
      await enqueueItems(
        queue(),
        items.filter((item): item is RegisteredItem => !(item instanceof Error) && !item.duplicate),
      );
      return items;
    },
    { maxBatch: 100 },
  );
}
