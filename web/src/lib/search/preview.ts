/** Image types every current browser shows in an <img>; anything else is only downloadable. */
const IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/svg+xml',
]);

export type PreviewKind = 'pdf' | 'image' | null;

/**
 * How the browser can preview an original, from its sniffed media type: a PDF in a frame, an
 * image in <img>, or not at all (text formats are already shown as extracted text).
 */
export function previewKind(mimeType: string | null): PreviewKind {
  const type = mimeType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'pdf';
  if (IMAGE_TYPES.has(type)) return 'image';
  return null;
}
