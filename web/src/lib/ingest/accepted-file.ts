// What a file row on the upload page says once the pipeline accepted the file. The upload is over
// then, but the file still goes through the pipeline: "Queued" stayed on every row after the job
// had finished them all. The job's counts (polled by the page) tell how far it got. Pure.
import { hasUnfinished, type IngestCounts } from './status.ts';

export interface AcceptedFileLabel {
  text: string;
  tone: 'busy' | 'ok' | 'bad';
}

/**
 * `counts`: the latest counts of the upload's job, null before the first. The counts are the
 * job's, not the file's: once everything finished without failure every file is done; with
 * failures the job monitor says which.
 */
export function acceptedFileLabel(counts: IngestCounts | null): AcceptedFileLabel {
  if (counts === null || hasUnfinished(counts)) return { text: 'Sent, processing', tone: 'busy' };
  if (counts.failed === 0) return { text: 'Done', tone: 'ok' };
  return { text: 'Processed: see the job monitor for the files that failed', tone: 'bad' };
}
