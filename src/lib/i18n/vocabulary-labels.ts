/** Reader-facing words for the data model's closed vocabularies (English). */
import type { CategoryType, EvidenceLevel, LinkKind, QuadClass } from '../model/vocabulary';
import type { Precision } from '../model/dates';

export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  'verbal-cooperation': 'Statement of cooperation',
  'material-cooperation': 'Cooperative act',
  'verbal-conflict': 'Accusation, demand or threat',
  'material-conflict': 'Hostile act or sanction',
};

export const CATEGORY_LABELS: Record<CategoryType, string> = {
  AGREE: 'Agree',
  CONSULT: 'Consult',
  SUPPORT: 'Support',
  CONCEDE: 'Concede',
  COOPERATE: 'Cooperate',
  AID: 'Aid',
  RETREAT: 'Retreat',
  REQUEST: 'Request',
  ACCUSE: 'Accuse',
  REJECT: 'Reject',
  THREATEN: 'Threaten',
  PROTEST: 'Protest',
  SANCTION: 'Sanction',
  MOBILIZE: 'Mobilise',
  COERCE: 'Coerce',
  ASSAULT: 'Assault',
};

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  retaliation: 'Retaliation',
  reciprocal: 'Reciprocal measure',
  response: 'Response',
  escalation: 'Escalation',
  'de-escalation': 'De-escalation',
  procedural: 'Procedural step',
};

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  explicit: 'Explicit: a source states the link',
  contextual: 'Contextual: timing and subject match',
  alleged: 'Alleged: suggested or denied',
};

export const EVIDENCE_SHORT_LABELS: Record<EvidenceLevel, string> = {
  explicit: 'explicit',
  contextual: 'contextual',
  alleged: 'alleged',
};

export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'exact day',
  month: 'month known, not the day',
  year: 'year known, not the month',
};
