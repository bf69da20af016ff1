// Which files of an upload travel together: small files in multipart forms (one request, recorded
// and queued together by the pipeline, docs/api.md), larger ones alone. Pure, so unit-tested.

export interface GroupLimits {
  /** Files at most this large may share a form. */
  smallBytes: number;
  /** Most files in one form (the pipeline reads at most 1,000). */
  maxFiles: number;
  /** Most bytes in one form: a form's progress should still move and a failed one cost little. */
  maxBytes: number;
}

export const UPLOAD_GROUPS: GroupLimits = {
  smallBytes: 1024 * 1024,
  maxFiles: 50,
  maxBytes: 8 * 1024 * 1024,
};

/** Groups items in order: consecutive small ones fill a form, each large one is a group alone. */
export function uploadGroups<T extends { size: number }>(
  items: readonly T[],
  limits: GroupLimits = UPLOAD_GROUPS,
): T[][] {
  const groups: T[][] = [];
  let form: T[] = [];
  let formBytes = 0;
  const close = () => {
    if (form.length > 0) groups.push(form);
    form = [];
    formBytes = 0;
  };
  for (const item of items) {
    if (item.size > limits.smallBytes) {
      groups.push([item]);
      continue;
    }
    if (form.length >= limits.maxFiles || formBytes + item.size > limits.maxBytes) close();
    form.push(item);
    formBytes += item.size;
  }
  close();
  return groups;
}

/**
 * Bytes of a form's upload progress handed to its files in order (the multipart framing around
 * each part is spread in proportion): what each file's progress bar shows.
 */
export function spreadProgress(sizes: readonly number[], loaded: number, total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  let left = total > 0 ? Math.min(sum, (loaded / total) * sum) : 0;
  return sizes.map((size) => {
    const share = Math.min(size, left);
    left -= share;
    return share;
  });
}
