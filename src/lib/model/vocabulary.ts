/**
 * The closed vocabularies of the data model. Kept apart from the schema so the
 * UI (legend, filters) can import the lists without pulling in the validator.
 */

/** Event types of the PLOVER ontology (as used by the POLECAT dataset), grouped by CAMEO-style quad class. */
export const CATEGORY_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type CategoryType = (typeof CATEGORY_TYPES)[number];

export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const QUAD_CLASS_OF: Record<CategoryType, QuadClass> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export const ACTOR_KINDS = ['state', 'organisation', 'person', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const LINK_KINDS = [
  'retaliation',
  'reciprocal',
  'response',
  'escalation',
  'de-escalation',
  'procedural',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const EVIDENCE_LEVELS = ['explicit', 'contextual', 'alleged'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
