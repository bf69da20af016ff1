// Where new nodes first appear: around the node they were expanded from (on a golden-angle spiral,
// so none sits on another), before the force layout moves them. Keeping them near their origin
// keeps the analyst's picture stable: the rest of the graph barely moves on an expand.
import type { Position } from './model.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `count` new nodes around `center`. `spacing` is the distance between neighbours in
 * graph units; `turn` rotates the spiral (pass a random number in [0, 1) so two expands of nearby
 * nodes do not stack their new nodes on the same rays).
 */
export function spiralAround(
  center: Position,
  count: number,
  spacing: number,
  turn = 0,
): Position[] {
  const positions: Position[] = [];
  for (let i = 0; i < count; i += 1) {
    const radius = spacing * Math.sqrt(i + 1);
    const angle = i * GOLDEN_ANGLE + turn * 2 * Math.PI;
    positions.push({
      x: center.x + radius * Math.cos(angle),
      y: center.y + radius * Math.sin(angle),
    });
  }
  return positions;
}

/** The middle of some positions; the origin when there are none. */
export function centroid(positions: readonly Position[]): Position {
  if (positions.length === 0) return { x: 0, y: 0 };
  const sum = positions.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / positions.length, y: sum.y / positions.length };
}
