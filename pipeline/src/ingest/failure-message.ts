/**
 * What an analyst reads when a stage fails for a reason that is not the file's: which store or
 * step failed, never an internal address or a stack (those go to the pipeline's log).
 */
const ADDRESS =
  /\b(?:https?:\/\/)?(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\S*|\bhttps?:\/\/\S+|\[[0-9a-f:]+\](?::\d+)?/gi;

/** BullMQ's reason for failing a job whose worker stopped under it more than maxStalledCount times. */
const STALLED = 'job stalled more than allowable limit';

export function describeFailure(attempts: number, error: Error): string {
  const name = error.name;
  let cause: string;
  if (error.message === STALLED) {
    return 'gave up: the pipeline process working on it stopped every time it tried (crashed or was killed); the file may be what brings it down';
  } else if (
    name === 'ConnectionError' ||
    name === 'TimeoutError' ||
    name === 'NoLivingConnectionsError'
  ) {
    cause = 'the search index (Elasticsearch) could not be reached';
  } else if (name === 'ResponseError') {
    cause = 'the search index (Elasticsearch) refused the document';
  } else if (name.startsWith('PrismaClient')) {
    cause = 'the ingest database could not be reached';
  } else if ((error as NodeJS.ErrnoException).code?.startsWith('E')) {
    cause = `storage error (${(error as NodeJS.ErrnoException).code})`;
  } else {
    cause = error.message.replace(ADDRESS, '<address>').slice(0, 300);
  }
  return `gave up after ${attempts} attempts: ${cause}`;
}
