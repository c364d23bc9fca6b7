/**
 * The data model, defined once. The TypeScript types (below), the runtime
 * validator (src/lib/validate), the quick check the page runs on every
 * dataset and the published JSON Schema (both written by `npm run schema`)
 * all come from here. Rules beyond types and patterns live in rules.ts.
 *
 * Messages on checks complete the sentence "found X; …", so they say what
 * would be accepted.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, CATEGORY_TYPES, EVIDENCE_LEVELS, LINK_KINDS } from './vocabulary';
import { PARTIAL_DATE_PATTERN } from './dates';
import { hasSomeLanguage, isNonBlank, isRealDateIfDateForm, isRealPartialDate } from './rules';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
const FIGURE_NAME = /^[a-z][a-zA-Z0-9]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const CAMEO = /^\d{2,4}$/;
const WEB_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

const nonBlank = v.pipe(
  v.string(),
  v.check(isNonBlank, 'write some text; empty or whitespace-only text is not allowed'),
);

const slug = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(
      SLUG,
      `use lowercase letters, digits and single hyphens for ${what}, like "2018-04-13-opcw-hack-disrupted"`,
    ),
  );

const actorRef = v.pipe(v.string(), v.regex(SLUG, 'use the id of an actor listed under "actors", like "nl"'));

const partialDate = v.pipe(
  v.string(),
  v.regex(new RegExp(PARTIAL_DATE_PATTERN), 'use YYYY, YYYY-MM or YYYY-MM-DD, like "2014-07-17"'),
  v.check(isRealDateIfDateForm, 'is not a real date; check the month (01-12) and the day of that month'),
);

/** Text that may be translated: a plain string, or a map of language codes to strings. */
export const TextSchema = v.union(
  [
    nonBlank,
    v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(LANGUAGE, 'use a language code like "en", "nl" or "pt-BR" as the key')),
        nonBlank,
      ),
      v.check(hasSomeLanguage, 'give the text in at least one language, like {"en": "…"}'),
    ),
  ],
  'write a string, or an object of language codes to strings like {"en": "…", "nl": "…"}',
);

export const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.regex(WEB_URL, 'use a full web address starting with https:// or http://')),
  publisher: nonBlank,
  title: v.optional(nonBlank),
  published: v.optional(partialDate),
  language: v.optional(v.pipe(v.string(), v.regex(LANGUAGE, 'use a language code like "en" or "nl"'))),
});

export const ActorSchema = v.strictObject({
  id: slug('actor id'),
  name: TextSchema,
  shortName: TextSchema,
  kind: v.picklist(ACTOR_KINDS, `use one of ${ACTOR_KINDS.map((k) => `"${k}"`).join(', ')}`),
  color: v.optional(v.pipe(v.string(), v.regex(COLOR, 'use a hex colour like "#1f5fa8"'))),
});

export const CategorySchema = v.strictObject({
  type: v.picklist(
    CATEGORY_TYPES,
    'use a PLOVER event type like "SANCTION", "COERCE", "ACCUSE", "CONSULT" or "ASSAULT"',
  ),
  mode: v.optional(
    v.pipe(v.string(), v.regex(SLUG, 'use a lowercase word like "expel", "cyber" or "legal"')),
  ),
  cameo: v.optional(v.pipe(v.string(), v.regex(CAMEO, 'use a CAMEO code of 2 to 4 digits, like "111"'))),
});

export const EventSchema = v.strictObject({
  id: slug('event id'),
  date: partialDate,
  end: v.optional(partialDate),
  approximate: v.optional(v.boolean()),
  actors: v.pipe(v.array(actorRef), v.minLength(1, 'name at least one actor id, like ["nl"]')),
  targets: v.optional(v.array(actorRef)),
  category: CategorySchema,
  title: TextSchema,
  summary: TextSchema,
  figures: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(FIGURE_NAME, 'use a camelCase name like "diplomatsExpelled"')),
      v.pipe(v.number(), v.minValue(0, 'use a number of 0 or more')),
    ),
  ),
  sources: v.pipe(
    v.array(SourceSchema),
    v.minLength(1, 'give at least one source with a url and a publisher'),
  ),
  tags: v.optional(v.array(slug('tag'))),
  importance: v.optional(
    v.pipe(
      v.number(),
      v.integer('use a whole number from 1 to 5'),
      v.minValue(1, 'use a whole number from 1 to 5'),
      v.maxValue(5, 'use a whole number from 1 to 5'),
    ),
  ),
  note: v.optional(TextSchema),
});

export const LinkSchema = v.strictObject({
  from: slug('event id'),
  to: slug('event id'),
  kind: v.picklist(LINK_KINDS, `use one of ${LINK_KINDS.map((k) => `"${k}"`).join(', ')}`),
  evidence: v.picklist(EVIDENCE_LEVELS, 'use "explicit", "contextual" or "alleged"'),
  note: v.optional(TextSchema),
  sources: v.optional(v.array(SourceSchema)),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: slug('dataset id'),
  title: TextSchema,
  description: TextSchema,
  languages: v.pipe(
    v.array(v.pipe(v.string(), v.regex(LANGUAGE, 'use a language code like "en" or "nl"'))),
    v.minLength(1, 'list at least one language code, like ["en"]'),
  ),
  updated: v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a full date YYYY-MM-DD'),
    v.check(isRealPartialDate, 'is not a real date; check the month (01-12) and the day of that month'),
  ),
  license: v.strictObject({
    name: nonBlank,
    url: v.optional(v.pipe(v.string(), v.regex(WEB_URL, 'use a full web address starting with https://'))),
  }),
  parties: v.tuple([actorRef, actorRef], 'name the two actor ids whose relations this is, like ["nl", "ru"]'),
  actors: v.pipe(v.array(ActorSchema), v.minLength(2, 'list at least the two parties as actors')),
  events: v.array(EventSchema),
  links: v.array(LinkSchema),
});

export type LocalizedText = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
