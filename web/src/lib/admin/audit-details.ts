// The audit event's `details` (a JSON object in a string) for reading. Pure, unit-tested.

/** Pretty-printed JSON, or the text as it came when it is not JSON; '' for an empty object. */
export function formatDetails(details: string): string {
  let value: unknown;
  try {
    value = JSON.parse(details);
  } catch {
    return details;
  }
  if (value && typeof value === 'object' && Object.keys(value).length === 0) return '';
  return JSON.stringify(value, null, 2);
}
