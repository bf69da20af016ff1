import { originalHref } from '../../lib/search/document-link.ts';
import { previewKind } from '../../lib/search/preview.ts';

/**
 * The original, shown by the browser itself, inside a disclosure: nothing is fetched until it is
 * opened (lazy loading skips content that is not rendered). The bytes come from the originals
 * route handler (api/originals), which sets the headers that keep a crafted file from running
 * script in our origin; this component only decides whether the browser can show the type.
 */
export function OriginalPreview({
  id,
  title,
  mimeType,
}: {
  id: string;
  title: string;
  mimeType: string | null;
}) {
  const kind = previewKind(mimeType);
  if (!kind) return null;
  const src = originalHref(id, true);
  return (
    <details className="preview" data-testid="document-preview" data-kind={kind}>
      <summary>Preview of the original</summary>
      {kind === 'pdf' ? (
        <iframe src={src} title={`Preview of ${title}`} loading="lazy" className="preview-frame" />
      ) : (
        // A plain <img>: the original is served by our route handler, not an optimisable asset.
        <img src={src} alt={`Preview of ${title}`} loading="lazy" className="preview-image" />
      )}
      <p className="muted">
        Not shown?{' '}
        <a href={src} target="_blank" rel="noopener noreferrer">
          Open the original in a new tab
        </a>
        .
      </p>
    </details>
  );
}
