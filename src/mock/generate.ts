/**
 * Generates the seeded demo organisation: the same seed and `now` give the same data, every time.
 */
import type {OrganisationFeatures, OrganisationLimits, StreamState} from '../api/types.js';
import {createCodec} from './codec.js';
import {DAY, TRANSCODE_PROFILES} from './constants.js';
import {MockOrganisation, type MockUser} from './organisation.js';
import {Random, cumulative, seedWords} from './prng.js';
import {type DeriveContext, StreamRecord, type Unit} from './records.js';

export interface GenerateOptions {
  seed: string;
  streams: number;
  now: number;
  name?: string | undefined;
  hash?: string | undefined;
  features: OrganisationFeatures;
  limits: OrganisationLimits;
  /** Answer only what the API documentation states (see `MockServerOptions.documentedOnly`). */
  documentedOnly?: boolean | undefined;
}

/** The tags streams carry, roughly most common first. */
export const TAG_VOCABULARY: readonly string[] = [
  'production',
  'event:finale',
  'region:eu-west',
  'customer:acme',
  'studio/west',
  'sports',
  'test',
  'region:us-east',
  'webinar',
  'event:keynote',
  'customer:globex',
  'music',
  'esports',
  'studio/east',
  'conference',
  'staging',
  'region:eu-central',
  'lang:de',
  'lang:en',
  'backup',
  'customer:initech',
  'event:qualifier',
  'mobile',
  'webcaster',
  'obs',
  'camera-1',
  'camera-2',
  'news',
  'education',
  'auction',
  'tier:premium',
  'region:apac',
  '24-7',
  'church',
  'event:launch',
  'customer:umbrella',
  'tier:basic',
  'lang:es',
  'internal',
  'demo',
  'camera-3',
  'studio/berlin',
];

const ORG_NAMES = [
  'Nordlicht Media GmbH',
  'Bluewave Events Ltd',
  'Kestrel Sports Network',
  'Lumen Stage AG',
  'Harborview Live',
  'Polaris Esports',
  'Vireo Auctions',
  'Cobalt Learning',
];

const STATES: readonly StreamState[] = ['live', 'created', 'ended', 'locked', 'deleted'];
const STATE_WEIGHTS = [22, 25, 38, 7, 8];
/**
 * The first units' states, so every state is present even in a small organisation. Their dates
 * (see `forcedDate`): 0–2 today, 3–4 yesterday, 5 earlier this week, 6–8 the previous calendar
 * month, 9 earlier this month, 10 two to three months ago.
 */
const FORCED_STATES: readonly StreamState[] = [
  ...['live', 'ended', 'created'],
  ...['locked', 'live'],
  'ended',
  ...['deleted', 'ended', 'created'],
  'live',
  'locked',
  'deleted',
] as StreamState[];
const TAG_COUNT_WEIGHTS = [25, 30, 25, 12, 8];
const TAG_WEIGHTS = cumulative(TAG_VOCABULARY.map((_, i) => 1 / Math.pow(i + 2, 0.9)));
const utcDay = (ms: number) => Math.floor(ms / DAY) * DAY;
const utcMonth = (ms: number, offset: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
};
/** Monday 00:00 UTC of the week containing `ms`. */
const utcWeek = (ms: number) => {
  const day = utcDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * DAY;
};

/** The organisation hash: 5 letters and digits, with at least one of each. */
function makeHash(rng: Random): string {
  for (;;) {
    const hash = rng.alnum(5);
    if (/[A-Za-z]/.test(hash) && /\d/.test(hash)) return hash;
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(gmbh|ltd|ag)\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The users of an organisation: two admins, two users, one read-only. */
function makeUsers(name: string): MockUser[] {
  const domain = `${slug(name)}.example`;
  return [
    {id: 1001, email: `ops@${domain}`, permission: 'nanoAdmin'},
    {id: 1002, email: `it@${domain}`, permission: 'nanoAdmin'},
    {id: 1003, email: `producer@${domain}`, permission: 'nanoUser'},
    {id: 1004, email: `editor@${domain}`, permission: 'nanoUser'},
    {id: 1005, email: `viewer@${domain}`, permission: 'nanoReadOnly'},
  ];
}

/** The API key the organisation is reached with, derived from the seed. */
export function makeApiKey(seed: string): string {
  return new Random(`${seed}:apikey`).hex(48);
}

export function generateOrganisation(options: GenerateOptions): MockOrganisation {
  const {seed, now, features, limits} = options;
  const rng = new Random(seed);
  const hash = options.hash ?? makeHash(rng);
  const name = options.name ?? rng.pick(ORG_NAMES);
  const ctx: DeriveContext = {
    words: seedWords(`${seed}:details`),
    codec: createCodec(seed, hash),
    features,
    domain: `${slug(name)}.example`,
  };

  // Plan the units: single streams (0) and groups (their number of transcodes).
  const maxTranscodes = features.transcoding
    ? Math.min(TRANSCODE_PROFILES.length, limits.transcodes)
    : 0;
  const total = Math.max(0, Math.floor(options.streams));
  const plan: number[] = [];
  let remaining = total;
  if (maxTranscodes > 0) {
    const groups = Math.round(total * 0.15);
    for (let g = 0; g < groups; g++) {
      const k = Math.min(rng.int(1, maxTranscodes), remaining - 1);
      if (k < 1) break;
      plan.push(k);
      remaining -= 1 + k;
    }
  }
  for (; remaining > 0; remaining--) plan.push(0);
  rng.shuffle(plan);

  // Date windows that the dashboard's date filters must find.
  const today = utcDay(now);
  const yesterday = today - DAY;
  const week = utcWeek(now);
  const month = utcMonth(now, 0);
  const previousMonth = utcMonth(now, -1);
  const between = (start: number, end: number) =>
    end > start ? start + Math.floor(rng.next() * (end - start)) : undefined;
  const forcedDate = (i: number): number | undefined => {
    switch (i) {
      case 0:
      case 1:
      case 2:
        return today + Math.floor(rng.next() * (now - today + 1)); // [midnight, now]
      case 3:
      case 4:
        return between(yesterday, today);
      case 5:
        return between(week, yesterday);
      case 6:
      case 7:
      case 8:
        return between(previousMonth, month);
      case 9:
        return between(month, yesterday);
      case 10:
        return between(now - 90 * DAY, previousMonth);
      default:
        return undefined;
    }
  };

  const pickTags = (): string[] => {
    const count = rng.weighted(TAG_COUNT_WEIGHTS);
    const tags: string[] = [];
    for (let attempts = 0; tags.length < count && attempts < 20; attempts++) {
      const tag = TAG_VOCABULARY[rng.weightedCumulative(TAG_WEIGHTS)] as string;
      if (!tags.includes(tag)) tags.push(tag);
    }
    return tags;
  };

  // Only what the list filters and sorts on is drawn here; the rest is derived on first read.
  const streams: StreamRecord[] = [];
  for (let i = 0; i < plan.length; i++) {
    const transcodes = plan[i] as number;
    const state = FORCED_STATES[i] ?? (STATES[rng.weighted(STATE_WEIGHTS)] as StreamState);
    const updatedAt = Math.min(
      now,
      forcedDate(i) ?? now - Math.floor(Math.pow(rng.next(), 1.5) * 120 * DAY),
    );
    const createdAt =
      updatedAt - Math.floor(Math.pow(rng.next(), 2) * (state === 'created' ? 3 : 90) * DAY);
    const tags = pickTags();
    const first = streams.length;
    const unit: Unit = {
      ctx,
      salt: rng.uint32(),
      first,
      transcodes,
      group: transcodes > 0,
      members: transcodes > 0 ? [] : undefined,
      activeUntil: updatedAt,
    };
    for (let index = 0; index <= transcodes; index++) {
      // Members share the passthrough's tag list: mutations replace a stream's tags, never edit them.
      const record = new StreamRecord(
        {state, updatedAt, createdAt, tags, seq: first + index, index},
        unit,
      );
      streams.push(record);
      unit.members?.push(record);
    }
  }

  return new MockOrganisation({
    seed,
    codec: ctx.codec,
    organisation: {
      id: new Random(`${seed}:organisation`).uuid(),
      name,
      hash,
      features: {...features},
      limits: {...limits},
    },
    users: makeUsers(name),
    documentedOnly: options.documentedOnly ?? false,
    vocabulary: TAG_VOCABULARY,
    generatedAt: now,
    streams,
  });
}
