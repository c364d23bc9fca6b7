/**
 * What each field of a dataset means, for editors: written into
 * data/schema.json (see json-schema.ts), where their editor shows it as they
 * type. Kept apart from schema.ts so the app's bundle carries only what it
 * checks, not the documentation. Keys are JSON Pointers into the generated
 * schema; a test fails if one points at nothing, or if a field has no text.
 */
const ACTOR_REF = 'The id of an actor listed under "actors".';
const slug = (what: string) => `The ${what}: lowercase letters, digits and hyphens.`;
const partialDate = (what: string) =>
  `${what}: an ISO 8601 date whose length gives its precision: "2014" (year), "2014-07" (month) or "2014-07-17" (day).`;

export const SCHEMA_DOCS: Readonly<Record<string, string>> = {
  '/properties/$schema': 'Path to the JSON Schema, for editor completion.',
  '/properties/id': slug('dataset id'),
  '/properties/title': 'Title shown above the timeline.',
  '/properties/description': 'One or two sentences on what the dataset covers.',
  '/properties/languages': 'Languages the text is written in; the first is the default.',
  '/properties/updated': 'When the dataset was last updated (YYYY-MM-DD).',
  '/properties/license':
    'The licence of the text, like {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}.',
  '/properties/parties/items/0': ACTOR_REF,
  '/properties/parties/items/1': ACTOR_REF,
  '/properties/actors': 'Everyone who acts or is acted upon: at least the two parties. Each gets a lane.',
  '/properties/events': 'The events, in any order: the timeline sorts them by date.',
  '/properties/links': 'Links from an event to the event that answered it, drawn as arcs.',
  '/properties/parties': 'The two actors whose relations the dataset covers; their lanes come first.',
  '': 'A demarche dataset: the events between two actors and the links between those events.',
  '/$defs/Text':
    'Text: a string, or an object mapping language codes to translations, like {"en": "…", "nl": "…"}.',
  '/$defs/Source/properties/url': 'The address of the page that supports the event (https: or http: only).',
  '/$defs/Source/properties/publisher': 'Who published it, like "NOS" or "Government of the Netherlands".',
  '/$defs/Source/properties/title': 'The headline or title of the page.',
  '/$defs/Source/properties/published': partialDate('When the source was published'),
  '/$defs/Source/properties/language': 'Language of the source, like "nl".',
  '/$defs/Source': 'A published source for the event or link.',
  '/$defs/Actor/properties/id': slug('actor id'),
  '/$defs/Actor/properties/name': 'Full name, like "Netherlands".',
  '/$defs/Actor/properties/shortName': 'Short label for narrow screens, like "NL".',
  '/$defs/Actor/properties/kind': 'What kind of actor this is.',
  '/$defs/Actor/properties/color': 'Lane colour, as #rrggbb. Optional: a palette colour is used otherwise.',
  '/$defs/Actor': 'A state, organisation, person or group that acts or is acted upon.',
  '/$defs/Category/properties/type': 'The PLOVER event type.',
  '/$defs/Category/properties/mode':
    'The PLOVER mode, refining the type: like "expel" for SANCTION or "cyber" for COERCE.',
  '/$defs/Category/properties/cameo': 'The closest CAMEO code, as a string of 2 to 4 digits.',
  '/$defs/Category': 'What kind of act this is, in the PLOVER event vocabulary.',
  '/$defs/Event/properties/id': slug('event id'),
  '/$defs/Event/properties/date': partialDate('When it happened (or began)'),
  '/$defs/Event/properties/end': partialDate('When a ranged event ended'),
  '/$defs/Event/properties/approximate': 'true when the date is an estimate.',
  '/$defs/Event/properties/actors/items': ACTOR_REF,
  '/$defs/Event/properties/actors': 'Who acted.',
  '/$defs/Event/properties/targets/items': ACTOR_REF,
  '/$defs/Event/properties/targets': 'Who was acted upon.',
  '/$defs/Event/properties/category': 'What kind of act this is, like {"type": "SANCTION", "mode": "expel"}.',
  '/$defs/Event/properties/title': 'A short, neutral headline.',
  '/$defs/Event/properties/summary': 'Two or three neutral sentences on what happened.',
  '/$defs/Event/properties/figures': 'Counted facts, like {"diplomatsExpelled": 2}.',
  '/$defs/Event/properties/sources': 'Where the facts come from: at least one.',
  '/$defs/Event/properties/tags/items': slug('tag'),
  '/$defs/Event/properties/tags': 'Free keywords, like ["mh17"].',
  '/$defs/Event/properties/importance':
    '1 (minor) to 5 (landmark); decides which labels stay visible when zoomed out. Default 2.',
  '/$defs/Event/properties/note': 'Caveats, such as where sources disagree.',
  '/$defs/Event': 'Something one actor did, to or about another.',
  '/$defs/Link/properties/from': 'The id of the triggering event.',
  '/$defs/Link/properties/to': 'The id of the event that answered it.',
  '/$defs/Link/properties/kind': 'How the second event relates to the first.',
  '/$defs/Link/properties/evidence':
    'explicit: a source states the link; contextual: timing and subject match and sources juxtapose them; alleged: only suggested, or denied.',
  '/$defs/Link/properties/note': 'Why the link is drawn, or why it is doubted.',
  '/$defs/Link/properties/sources': 'Sources for the link itself.',
  '/$defs/Link': 'A directed link from a trigger event to the event that answered it.',
};
