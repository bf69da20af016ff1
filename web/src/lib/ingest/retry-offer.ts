/**
 * Whether a file's row offers Retry. The API says which failed items can succeed on another try
 * (`retryable`: their original was stored); a file refused before that, e.g. as too large, cannot,
 * and retrying it once replaced its reason with an internal error.
 */
export function retryOffer(item: {
  status: string;
  retryable: boolean;
}): 'retry' | 'final' | 'none' {
  if (item.status !== 'FAILED') return 'none';
  return item.retryable ? 'retry' : 'final';
}
