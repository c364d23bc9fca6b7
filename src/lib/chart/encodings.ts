/**
 * Visual encodings shared by the chart and the legend: a shape per quad class
 * (so colour is never the only cue), a colour per actor, and a stroke style
 * per link kind and evidence level.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import type { Actor } from '../model/schema';
import type { EvidenceLevel, LinkKind, QuadClass } from '../model/vocabulary';

const SHAPES: Record<QuadClass, SymbolType> = {
  'verbal-cooperation': symbolCircle,
  'material-cooperation': symbolSquare,
  'verbal-conflict': symbolTriangle,
  'material-conflict': symbolDiamond,
};

/** SVG path of the mark for a quad class, centred on 0,0; size is the area in square pixels. */
export function shapePath(quadClass: QuadClass, size = 110): string {
  return symbol(SHAPES[quadClass], size)() ?? '';
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
