/**
 * nanoPlayer's iFrame embed pages: which versions the snippets offer, where each one lives and how
 * each one wants a query value written. No DOM. The facts are those of shared/spec/bintu-api.md,
 * "Player, playout URLs and snippets", and of nanocosmos' page `nanoplayer/nanoplayer_embed_detailed`.
 *
 * - **1.3.3** loads nanoPlayer 4. Its URL is exactly the dashboard's iFrame snippet, so it stays the
 *   default.
 * - **2.0.0** loads nanoPlayer 5 and is what the embed docs present as current. It takes the same
 *   dot-notation query parameters, with strict types: only the strings `true` and `false` become
 *   booleans (a `1` or `0` stays a number).
 */

/** The iFrame embed versions the snippets offer, oldest first. */
export const EMBED_VERSIONS = ['1.3.3', '2.0.0'] as const;
export type EmbedVersion = (typeof EMBED_VERSIONS)[number];

/** The embed version the snippets use unless told otherwise: the dashboard's. */
export const DEFAULT_EMBED_VERSION: EmbedVersion = '1.3.3';

export const isEmbedVersion = (value: unknown): value is EmbedVersion =>
  (EMBED_VERSIONS as readonly unknown[]).includes(value);

/** What one embed version is. */
export interface EmbedPage {
  readonly version: EmbedVersion;
  /** The embed page the iFrame loads. */
  readonly url: string;
  /** The nanoPlayer major version the page loads. */
  readonly playerMajor: 4 | 5;
}

const EMBED_BASE_URL = 'https://demo.nanocosmos.de/nanoplayer/embed';

/** Each embed version's page. */
export const EMBED_PAGES: Readonly<Record<EmbedVersion, EmbedPage>> = {
  '1.3.3': {
    version: '1.3.3',
    url: `${EMBED_BASE_URL}/1.3.3/nanoplayer.html`,
    playerMajor: 4,
  },
  '2.0.0': {
    version: '2.0.0',
    url: `${EMBED_BASE_URL}/2.0.0/nanoplayer.html`,
    playerMajor: 5,
  },
};

/** The embed page of `version`; the default one (1.3.3) for anything that is not a version. */
export function embedPage(version?: unknown): EmbedPage {
  return EMBED_PAGES[isEmbedVersion(version) ? version : DEFAULT_EMBED_VERSION];
}

/** The default iFrame embed page (1.3.3, the dashboard's). */
export const EMBED_PAGE_URL = EMBED_PAGES[DEFAULT_EMBED_VERSION].url;

/** A value of an embed query parameter, before it is written. */
export type EmbedParamValue = string | number | boolean;

/**
 * A query value written so that the embed page of `version` reads it back with its type. Both
 * pages parse a value alike (a numeric string becomes a number, decimals with a `.`; `true` and
 * `false` become booleans; anything else stays a string) but differ on booleans: 2.0.0 takes only
 * `true`/`false` for a boolean option, where 1.3.3 also takes `1`/`0` or any value by its
 * truthiness. So:
 * - a boolean is written `true` or `false`, the one form both pages read;
 * - a finite number is written as JavaScript writes it (`2`, `1.5`); `NaN` and `±Infinity`,
 *   which neither page reads as numbers, throw a `RangeError`;
 * - a string is written as it is.
 *
 * The result is the raw value: `URLSearchParams` escapes it for the query (see `./player.ts`).
 */
export function embedParamValue(version: EmbedVersion, value: EmbedParamValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`embed ${embedPage(version).version}: ${value} is not a finite number`);
    }
    return String(value);
  }
  return value;
}
