/**
 * Visual encodings shared by the chart and the legend: a shape per quad class
 * (so colour is never the only cue), a colour per actor, and a stroke style
 * per link kind and evidence level.
 */
import type { Actor } from '../model/schema';
import type { EvidenceLevel, LinkKind, QuadClass } from '../model/vocabulary';

/**
 * Symbol paths of a given area, centred on 0,0, with the same geometry as
 * d3-shape's circle, square, triangle and diamond (written out here: the four
 * formulas cost a few lines, d3-shape several kilobytes of the bundle).
 */
const round = (n: number) => Math.round(n * 1000) / 1000;
const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);
const TAN30_2 = TAN30 * 2;

const SHAPES: Record<QuadClass, (size: number) => string> = {
  'verbal-cooperation': (size) => {
    const r = round(Math.sqrt(size / Math.PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
  },
  'material-cooperation': (size) => {
    const w = round(Math.sqrt(size));
    const h = round(w / 2);
    return `M${-h},${-h}h${w}v${w}h${-w}Z`;
  },
  'verbal-conflict': (size) => {
    const y = -Math.sqrt(size / (SQRT3 * 3));
    return `M0,${round(y * 2)}L${round(-SQRT3 * y)},${round(-y)}L${round(SQRT3 * y)},${round(-y)}Z`;
  },
  'material-conflict': (size) => {
    const y = Math.sqrt(size / TAN30_2);
    const x = y * TAN30;
    return `M0,${round(-y)}L${round(x)},0L0,${round(y)}L${round(-x)},0Z`;
  },
};

/** SVG path of the mark for a quad class, centred on 0,0; size is the area in square pixels. */
export function shapePath(quadClass: QuadClass, size = 110): string {
  return SHAPES[quadClass](size);
}

/**
 * Colours for actors without one in the data. Mid-tone, so each keeps at
 * least 3:1 contrast against both the light and the dark background.
 */
export const FALLBACK_PALETTE = [
  '#7a5195',
  '#2a7f62',
  '#b5523b',
  '#5b6c8f',
  '#8a6d1f',
  '#3f7f9f',
  '#a34d78',
  '#607346',
];

export function actorColors(actors: readonly Actor[]): Map<string, string> {
  let next = 0;
  return new Map(
    actors.map((actor) => [actor.id, actor.color ?? FALLBACK_PALETTE[next++ % FALLBACK_PALETTE.length]!]),
  );
}

/** Link colours are CSS custom properties, so the dark theme can lighten them. */
export const LINK_KIND_COLOR_VAR: Record<LinkKind, string> = {
  retaliation: 'var(--link-retaliation)',
  reciprocal: 'var(--link-reciprocal)',
  response: 'var(--link-response)',
  escalation: 'var(--link-escalation)',
  'de-escalation': 'var(--link-de-escalation)',
  procedural: 'var(--link-procedural)',
};

/** Dash pattern by evidence: the weaker the evidence, the more broken the line. */
export const EVIDENCE_DASH: Record<EvidenceLevel, string | undefined> = {
  explicit: undefined,
  contextual: '7 4',
  alleged: '2 4',
};
