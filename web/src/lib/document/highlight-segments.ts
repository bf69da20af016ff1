// How one text page is painted: entity mentions (by type, possibly nested or overlapping), the
// search hits of `q`, and a target passage (a link from an entity page or a triple) laid over the
// same text. Pure: the page's React tree is a map over the segments, and the unit tests hold the
// rules (every character once, in order; hits numbered as the hit bar counts them).
import { normaliseRanges, type TextRange } from '../text/segments.ts';

/** A mention as the graph API gives it: offsets into the whole document text. */
export interface MentionSpan extends TextRange {
  type: string;
  /** The entity it refers to; null for a mention no entity claims. */
  entityKey: string | null;
  text: string;
}

export interface HighlightLayers {
  /** Offset of the page's text in the whole document (mentions and target are document offsets). */
  pageStart: number;
  mentions: readonly MentionSpan[];
  /** Search hits of the page, in PAGE offsets (as the text API reports them). */
  hits: readonly TextRange[];
  /** The passage to show, in document offsets. */
  target: TextRange | null;
}

export interface HighlightSegment {
  text: string;
  /** Mentions covering this run, outermost first (earliest start, then longest). */
  mentions: MentionSpan[];
  /** 1-based number of the search hit this run is part of, or null. */
  hit: number | null;
  /** True for the first run of a hit: it carries the hit's anchor (hit-N). */
  hitStart: boolean;
  /** Inside the target passage. */
  target: boolean;
  /** True for the first run of the target: it carries the #passage anchor. */
  targetStart: boolean;
}

interface PageMention {
  mention: MentionSpan;
  start: number;
  end: number;
}

/**
 * Splits the page's text at every boundary of a mention, hit or the target, and merges neighbours
 * that are painted the same. Concatenating the segments gives the text back exactly. Ranges are
 * clamped to the page (a mention or passage may start on the previous page); bad ranges are dropped.
 */
export function highlightSegments(text: string, layers: HighlightLayers): HighlightSegment[] {
  const length = text.length;
  const hits = normaliseRanges(length, layers.hits);
  const [target] = layers.target
    ? normaliseRanges(length, [shift(layers.target, layers.pageStart)])
    : [];
  const mentions: PageMention[] = [];
  for (const mention of layers.mentions) {
    const [range] = normaliseRanges(length, [shift(mention, layers.pageStart)]);
    if (range) mentions.push({ mention, ...range });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const cuts = new Set<number>([0, length]);
  for (const range of [...hits, ...mentions, ...(target ? [target] : [])]) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const hitIndex = hits.findIndex((h) => h.start <= from && to <= h.end);
    const covering = mentions.filter((m) => m.start <= from && to <= m.end).map((m) => m.mention);
    const inTarget = target ? target.start <= from && to <= target.end : false;
    const segment: HighlightSegment = {
      text: text.slice(from, to),
      mentions: covering,
      hit: hitIndex >= 0 ? hitIndex + 1 : null,
      hitStart: hitIndex >= 0 && hits[hitIndex]!.start === from,
      target: inTarget,
      targetStart: inTarget && target!.start === from,
    };
    const last = segments.at(-1);
    if (last && samePaint(last, segment)) last.text += segment.text;
    else segments.push(segment);
  }
  if (segments.length === 0) {
    segments.push({
      text,
      mentions: [],
      hit: null,
      hitStart: false,
      target: false,
      targetStart: false,
    });
  }
  return segments;
}

function shift(range: TextRange, by: number): TextRange {
  return { start: range.start - by, end: range.end - by };
}

/** A run that starts a hit or the target keeps its own element (it carries an anchor). */
function samePaint(a: HighlightSegment, b: HighlightSegment): boolean {
  return (
    !b.hitStart &&
    !b.targetStart &&
    a.hit === b.hit &&
    a.target === b.target &&
    a.mentions.length === b.mentions.length &&
    a.mentions.every((m, i) => m === b.mentions[i])
  );
}

/** Mentions that lie at least partly on the page [pageStart, pageEnd). */
export function mentionsOnPage<M extends TextRange>(
  mentions: readonly M[],
  pageStart: number,
  pageEnd: number,
): M[] {
  return mentions.filter((m) => m.end > pageStart && m.start < pageEnd);
}
