import { segmentText, type TextRange } from '../../lib/text/segments.ts';

/**
 * Text with its matches in <mark> elements. The ranges come from the API; the text is always
 * rendered as text (React escapes it), never as HTML. `markIdPrefix` gives each mark an id
 * (`<prefix>1`, `<prefix>2`, ...) so links can jump to a match.
 */
export function HighlightedText({
  text,
  highlights,
  markIdPrefix,
}: {
  text: string;
  highlights: readonly TextRange[];
  markIdPrefix?: string;
}) {
  let markIndex = 0;
  return (
    <>
      {segmentText(text, highlights).map((segment, index) => {
        if (!segment.mark) return <span key={index}>{segment.text}</span>;
        markIndex += 1;
        return (
          <mark key={index} id={markIdPrefix ? `${markIdPrefix}${markIndex}` : undefined}>
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
