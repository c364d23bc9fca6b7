/**
 * The data model, defined once. The TypeScript types (below), the runtime
 * validator (src/lib/validate) and the published JSON Schema
 * (data/schema.json, written by `npm run schema`) all come from here.
 *
 * Messages on checks complete the sentence "found X; …", so they say what
 * would be accepted.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, CATEGORY_TYPES, EVIDENCE_LEVELS, LINK_KINDS } from './vocabulary';
import { isPartialDateForm, isRealPartialDate, PARTIAL_DATE_PATTERN } from './dates';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
const FIGURE_NAME = /^[a-z][a-zA-Z0-9]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const CAMEO = /^\d{2,4}$/;
const WEB_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

const nonBlank = v.pipe(
  v.string(),
  v.check((text) => text.trim().length > 0, 'write some text; empty or whitespace-only text is not allowed'),
);

const slug = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(
      SLUG,
      `use lowercase letters, digits and single hyphens for ${what}, like "2018-04-13-opcw-hack-disrupted"`,
    ),
    v.description(`The ${what}: lowercase letters, digits and hyphens.`),
  );

const actorRef = v.pipe(
  v.string(),
  v.regex(SLUG, 'use the id of an actor listed under "actors", like "nl"'),
  v.description('The id of an actor listed under "actors".'),
);

const partialDate = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(new RegExp(PARTIAL_DATE_PATTERN), 'use YYYY, YYYY-MM or YYYY-MM-DD, like "2014-07-17"'),
    v.check(
      (text) => !isPartialDateForm(text) || isRealPartialDate(text),
      'is not a real date; check the month (01-12) and the day of that month',
    ),
    v.description(
      `${what}: an ISO 8601 date whose length gives its precision: "2014" (year), "2014-07" (month) or "2014-07-17" (day).`,
    ),
  );

/** Text that may be translated: a plain string, or a map of language codes to strings. */
export const TextSchema = v.pipe(
  v.union(
    [
      nonBlank,
      v.pipe(
        v.record(
          v.pipe(v.string(), v.regex(LANGUAGE, 'use a language code like "en", "nl" or "pt-BR" as the key')),
          nonBlank,
        ),
        v.check(
          (map) => Object.keys(map).length > 0,
          'give the text in at least one language, like {"en": "…"}',
        ),
      ),
    ],
    'write a string, or an object of language codes to strings like {"en": "…", "nl": "…"}',
  ),
  v.description(
    'Text: a string, or an object mapping language codes to translations, like {"en": "…", "nl": "…"}.',
  ),
);

export const SourceSchema = v.pipe(
  v.strictObject({
    url: v.pipe(
      v.string(),
      v.regex(WEB_URL, 'use a full web address starting with https:// or http://'),
      v.description('The address of the page that supports the event (https: or http: only).'),
    ),
    publisher: v.pipe(
      nonBlank,
      v.description('Who published it, like "NOS" or "Government of the Netherlands".'),
    ),
    title: v.optional(v.pipe(nonBlank, v.description('The headline or title of the page.'))),
    published: v.optional(partialDate('When the source was published')),
    language: v.optional(
      v.pipe(
        v.string(),
        v.regex(LANGUAGE, 'use a language code like "en" or "nl"'),
        v.description('Language of the source, like "nl".'),
      ),
    ),
  }),
  v.description('A published source for the event or link.'),
);

export const ActorSchema = v.pipe(
  v.strictObject({
    id: slug('actor id'),
    name: v.pipe(TextSchema, v.description('Full name, like "Netherlands".')),
    shortName: v.pipe(TextSchema, v.description('Short label for narrow screens, like "NL".')),
    kind: v.pipe(
      v.picklist(ACTOR_KINDS, `use one of ${ACTOR_KINDS.map((k) => `"${k}"`).join(', ')}`),
      v.description('What kind of actor this is.'),
    ),
    color: v.optional(
      v.pipe(
        v.string(),
        v.regex(COLOR, 'use a hex colour like "#1f5fa8"'),
        v.description('Lane colour, as #rrggbb. Optional: a palette colour is used otherwise.'),
      ),
    ),
  }),
  v.description('A state, organisation, person or group that acts or is acted upon.'),
);

export const CategorySchema = v.pipe(
  v.strictObject({
    type: v.pipe(
      v.picklist(
        CATEGORY_TYPES,
        'use a PLOVER event type like "SANCTION", "COERCE", "ACCUSE", "CONSULT" or "ASSAULT"',
      ),
      v.description('The PLOVER event type.'),
    ),
    mode: v.optional(
      v.pipe(
        v.string(),
        v.regex(SLUG, 'use a lowercase word like "expel", "cyber" or "legal"'),
        v.description('The PLOVER mode, refining the type: like "expel" for SANCTION or "cyber" for COERCE.'),
      ),
    ),
    cameo: v.optional(
      v.pipe(
        v.string(),
        v.regex(CAMEO, 'use a CAMEO code of 2 to 4 digits, like "111"'),
        v.description('The closest CAMEO code, as a string of 2 to 4 digits.'),
      ),
    ),
  }),
  v.description('What kind of act this is, in the PLOVER event vocabulary.'),
);

export const EventSchema = v.pipe(
  v.strictObject({
    id: slug('event id'),
    date: partialDate('When it happened (or began)'),
    end: v.optional(partialDate('When a ranged event ended')),
    approximate: v.optional(v.pipe(v.boolean(), v.description('true when the date is an estimate.'))),
    actors: v.pipe(
      v.array(actorRef),
      v.minLength(1, 'name at least one actor id, like ["nl"]'),
      v.description('Who acted.'),
    ),
    targets: v.optional(v.pipe(v.array(actorRef), v.description('Who was acted upon.'))),
    category: CategorySchema,
    title: v.pipe(TextSchema, v.description('A short, neutral headline.')),
    summary: v.pipe(TextSchema, v.description('Two or three neutral sentences on what happened.')),
    figures: v.optional(
      v.pipe(
        v.record(
          v.pipe(v.string(), v.regex(FIGURE_NAME, 'use a camelCase name like "diplomatsExpelled"')),
          v.pipe(v.number(), v.minValue(0, 'use a number of 0 or more')),
        ),
        v.description('Counted facts, like {"diplomatsExpelled": 2}.'),
      ),
    ),
    sources: v.pipe(
      v.array(SourceSchema),
      v.minLength(1, 'give at least one source with a url and a publisher'),
      v.description('Where the facts come from: at least one.'),
    ),
    tags: v.optional(v.pipe(v.array(slug('tag')), v.description('Free keywords, like ["mh17"].'))),
    importance: v.optional(
      v.pipe(
        v.number(),
        v.integer('use a whole number from 1 to 5'),
        v.minValue(1, 'use a whole number from 1 to 5'),
        v.maxValue(5, 'use a whole number from 1 to 5'),
        v.description(
          '1 (minor) to 5 (landmark); decides which labels stay visible when zoomed out. Default 2.',
        ),
      ),
    ),
    note: v.optional(v.pipe(TextSchema, v.description('Caveats, such as where sources disagree.'))),
  }),
  v.description('Something one actor did, to or about another.'),
);

export const LinkSchema = v.pipe(
  v.strictObject({
    from: v.pipe(slug('event id'), v.description('The id of the triggering event.')),
    to: v.pipe(slug('event id'), v.description('The id of the event that answered it.')),
    kind: v.pipe(
      v.picklist(LINK_KINDS, `use one of ${LINK_KINDS.map((k) => `"${k}"`).join(', ')}`),
      v.description('How the second event relates to the first.'),
    ),
    evidence: v.pipe(
      v.picklist(EVIDENCE_LEVELS, 'use "explicit", "contextual" or "alleged"'),
      v.description(
        'explicit: a source states the link; contextual: timing and subject match and sources juxtapose them; alleged: only suggested, or denied.',
      ),
    ),
    note: v.optional(v.pipe(TextSchema, v.description('Why the link is drawn, or why it is doubted.'))),
    sources: v.optional(v.pipe(v.array(SourceSchema), v.description('Sources for the link itself.'))),
  }),
  v.description('A directed link from a trigger event to the event that answered it.'),
);

export const DatasetSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.pipe(v.string(), v.description('Path to the JSON Schema, for editor completion.'))),
    id: slug('dataset id'),
    title: v.pipe(TextSchema, v.description('Title shown above the timeline.')),
    description: v.pipe(TextSchema, v.description('One or two sentences on what the dataset covers.')),
    languages: v.pipe(
      v.array(v.pipe(v.string(), v.regex(LANGUAGE, 'use a language code like "en" or "nl"'))),
      v.minLength(1, 'list at least one language code, like ["en"]'),
      v.description('Languages the text is written in; the first is the default.'),
    ),
    updated: v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a full date YYYY-MM-DD'),
      v.check(isRealPartialDate, 'is not a real date; check the month (01-12) and the day of that month'),
      v.description('When the dataset was last updated (YYYY-MM-DD).'),
    ),
    license: v.pipe(
      v.strictObject({
        name: nonBlank,
        url: v.optional(
          v.pipe(v.string(), v.regex(WEB_URL, 'use a full web address starting with https://')),
        ),
      }),
      v.description(
        'The licence of the text, like {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}.',
      ),
    ),
    parties: v.pipe(
      v.tuple([actorRef, actorRef], 'name the two actor ids whose relations this is, like ["nl", "ru"]'),
      v.description('The two actors whose relations the dataset covers; their lanes come first.'),
    ),
    actors: v.pipe(v.array(ActorSchema), v.minLength(2, 'list at least the two parties as actors')),
    events: v.array(EventSchema),
    links: v.array(LinkSchema),
  }),
  v.description('A demarche dataset: the events between two actors and the links between those events.'),
);

export type LocalizedText = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
