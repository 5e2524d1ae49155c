/**
 * nanoPlayer facts and the pure functions that turn a stream (or ABR group) and the snippet
 * settings into the player config, the Live Playout URL, the iFrame embed URL and the two code
 * snippets. No DOM. The facts are those of shared/spec/bintu-api.md, "Player, playout URLs and
 * snippets".
 */
import {
  DEFAULT_EMBED_VERSION,
  embedPage,
  embedParamValue,
  isEmbedVersion,
  type EmbedParamValue,
  type EmbedVersion,
} from './embed.js';
import {escapeHtml, jsonForScript} from './escape.js';

/** The hosted player page (Live Playout URL). */
export const PLAYER_PAGE_URL = 'https://demo.nanocosmos.de/nanoplayer/release/nanoplayer.html';
/** nanoPlayer 5, the script the HTML snippet loads. */
export const PLAYER_SCRIPT_URL =
  'https://demo.nanocosmos.de/nanoplayer/api/release/nanoplayer.5.min.js';
/** The API the player asks for the group, unless told otherwise. */
export const DEFAULT_PLAYER_API_URL = 'https://bintu.nanocosmos.de';
/** The adaption rule of adaptive playback. */
export const ADAPTIVE_RULE = 'deviationOfMean2';
/** The `id` of the HTML snippet's player `<div>` unless told otherwise. */
export const DEFAULT_PLAYER_ELEMENT_ID = 'nanoplayer';
/** The iFrame snippet's size. */
export const IFRAME_WIDTH = 1280;
export const IFRAME_HEIGHT = 720;

/** Start qualities of an ABR group, as the `start-quality` attribute spells them. */
export const START_QUALITIES = [
  'auto',
  'original',
  'high',
  'medium-high',
  'medium',
  'medium-low',
  'low',
] as const;
export type StartQuality = (typeof START_QUALITIES)[number];

/** nanoPlayer's latency control modes. */
export const LATENCY_MODES = ['classic', 'balancedadaptive', 'fastadaptive'] as const;
export type LatencyMode = (typeof LATENCY_MODES)[number];
/** nanoPlayer 5's default latency control mode. */
export const DEFAULT_LATENCY_MODE: LatencyMode = 'balancedadaptive';

export const isStartQuality = (value: unknown): value is StartQuality =>
  (START_QUALITIES as readonly unknown[]).includes(value);
export const isLatencyMode = (value: unknown): value is LatencyMode =>
  (LATENCY_MODES as readonly unknown[]).includes(value);

/** Where playback starts and whether the player may switch quality. */
export interface StartPlayout {
  /** Index into the group's qualities, 0 = the highest (the passthrough). */
  startIndex: number;
  /** `deviationOfMean2` (adaptive) or `none` (stay on the start quality). */
  rule: typeof ADAPTIVE_RULE | 'none';
}

/**
 * The documented start quality → `startIndex` mapping for a group of `count` qualities (index 0 =
 * highest): high → 0, medium-high → round((n−1)/5), medium → round((n−1)/2), medium-low →
 * round(4(n−1)/5), low → n−1, each with the adaptive rule; "original" = the passthrough with no
 * switching (rule `none`, index 0); "auto" leaves the start to the player (index 0, adaptive). A
 * single stream (count ≤ 1) always starts at 0, adaptive.
 */
export function startPlayout(quality: StartQuality, count: number): StartPlayout {
  const last = Math.max(0, Math.floor(count) - 1);
  if (last === 0) return {startIndex: 0, rule: ADAPTIVE_RULE};
  switch (quality) {
    case 'original':
      return {startIndex: 0, rule: 'none'};
    case 'high':
      return {startIndex: 0, rule: ADAPTIVE_RULE};
    case 'medium-high':
      return {startIndex: Math.round(last / 5), rule: ADAPTIVE_RULE};
    case 'medium':
      return {startIndex: Math.round(last / 2), rule: ADAPTIVE_RULE};
    case 'medium-low':
      return {startIndex: Math.round((4 * last) / 5), rule: ADAPTIVE_RULE};
    case 'low':
      return {startIndex: last, rule: ADAPTIVE_RULE};
    default:
      return {startIndex: 0, rule: ADAPTIVE_RULE};
  }
}

/** What every snippet is built from. */
export interface SnippetInput {
  /** The stream id, or the ABR group's id (= its passthrough's id). */
  groupId: string;
  /** How many qualities the group has (1 for a single stream). */
  qualityCount: number;
  /** Ignored for a single stream. Default `auto`. */
  startQuality?: StartQuality | undefined;
  /** Default `balancedadaptive`. */
  latencyMode?: LatencyMode | undefined;
  /** A secure playback token (JWT) to play with; none when empty. */
  token?: string | undefined;
  /**
   * The API the player asks for the group; default `https://bintu.nanocosmos.de`. Only an absolute
   * `http(s)` URL is taken; anything else (a relative proxy path, `javascript:`) gives the default.
   */
  apiUrl?: string | undefined;
  /** `id` of the HTML snippet's player `<div>`; default `nanoplayer`. */
  elementId?: string | undefined;
  /**
   * The iFrame embed page the iFrame snippet loads: `1.3.3` (default, the dashboard's) or `2.0.0`.
   * Only the iFrame URL and snippet use it; the HTML snippet always loads nanoPlayer 5.
   */
  embedVersion?: EmbedVersion | undefined;
}

/** The nanoPlayer config object (what `player.setup(config)` gets). */
export interface PlayerConfig {
  source: {
    group: {id: string; apiurl: string; security?: {jwtoken: string}};
    options: {adaption: {rule: StartPlayout['rule']}};
    startIndex: number;
  };
  playback: {
    latencyControlMode: LatencyMode;
    autoplay: true;
    automute: true;
    faststart: true;
  };
  style: {width: 'auto'; height: 'auto'};
}

function settings(input: SnippetInput) {
  const latencyMode = isLatencyMode(input.latencyMode) ? input.latencyMode : DEFAULT_LATENCY_MODE;
  const quality = isStartQuality(input.startQuality) ? input.startQuality : 'auto';
  const token = input.token?.trim() || undefined;
  return {latencyMode, token, ...startPlayout(quality, input.qualityCount)};
}

/**
 * The player's API URL: `apiUrl` when it is an absolute `http:`/`https:` URL (without a trailing
 * slash), else the default. A snippet runs on a viewer's page, so a relative path or another
 * scheme would be meaningless there or worse.
 */
export function playerApiUrl(apiUrl: string | undefined): string {
  const value = apiUrl?.trim();
  if (!value || !/^https?:\/\//i.test(value)) return DEFAULT_PLAYER_API_URL;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return DEFAULT_PLAYER_API_URL;
    return url.href.replace(/\/+$/, '');
  } catch {
    return DEFAULT_PLAYER_API_URL;
  }
}

/** The nanoPlayer config for a stream or group and the settings. */
export function playerConfig(input: SnippetInput): PlayerConfig {
  const {latencyMode, token, startIndex, rule} = settings(input);
  const group: PlayerConfig['source']['group'] = {
    id: input.groupId,
    apiurl: playerApiUrl(input.apiUrl),
  };
  if (token) group.security = {jwtoken: token};
  return {
    source: {group, options: {adaption: {rule}}, startIndex},
    playback: {latencyControlMode: latencyMode, autoplay: true, automute: true, faststart: true},
    style: {width: 'auto', height: 'auto'},
  };
}

/** The Live Playout URL: the hosted player page for the group, with the token when there is one. */
export function playoutUrl(input: Pick<SnippetInput, 'groupId' | 'token'>): string {
  const params = new URLSearchParams({'group.id': input.groupId});
  const token = input.token?.trim();
  if (token) params.set('group.security.jwtoken', token);
  return `${PLAYER_PAGE_URL}?${params}`;
}

/**
 * The query parameters of the iFrame embed URL, in order, with their typed values: group, adaption
 * rule, start index, latency mode, and the token when there is one. The same names for both embed
 * versions: 2.0.0's docs list `options.adaption.rule`, `startIndex` and
 * `playback.latencyControlMode` as 1.3.3's do, and give `config.source` options without the
 * `source.` prefix. Neither version's page lists `group.id` or `group.security.jwtoken`; these are
 * the dashboard's 1.3.3 names (player config `source.group.id`, `source.group.security.jwtoken`,
 * which player 5 keeps) and are kept for 2.0.0 as they are.
 */
export function embedParams(input: SnippetInput): [name: string, value: EmbedParamValue][] {
  const {latencyMode, token, startIndex, rule} = settings(input);
  const params: [string, EmbedParamValue][] = [
    ['group.id', input.groupId],
    ['options.adaption.rule', rule],
    ['startIndex', startIndex],
    ['playback.latencyControlMode', latencyMode],
  ];
  if (token) params.push(['group.security.jwtoken', token]);
  return params;
}

/**
 * The iFrame embed URL: the embed page of `embedVersion` (default 1.3.3, exactly the dashboard's
 * URL) with {@link embedParams}, each value written as that version reads it
 * ({@link embedParamValue}) and escaped for the query by `URLSearchParams`, a space as `%20`.
 */
export function embedUrl(input: SnippetInput): string {
  const version = isEmbedVersion(input.embedVersion) ? input.embedVersion : DEFAULT_EMBED_VERSION;
  const params = new URLSearchParams(
    embedParams(input).map(([name, value]) => [name, embedParamValue(version, value)]),
  );
  // Both embed pages decode their query with `unescape()`, which leaves a `+` as it is: a space
  // must be `%20` to reach the player as a space. (`URLSearchParams` writes a real `+` as `%2B`.)
  return `${embedPage(version).url}?${params.toString().replace(/\+/g, '%20')}`;
}

/** The iFrame snippet: the embed URL in an `<iframe>` of 1280×720 with `allowfullscreen`. */
export function iframeSnippet(input: SnippetInput): string {
  return (
    `<iframe src="${escapeHtml(embedUrl(input))}" width="${IFRAME_WIDTH}" ` +
    `height="${IFRAME_HEIGHT}" title="nanoPlayer" frameborder="0" allowfullscreen></iframe>`
  );
}

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/**
 * The HTML snippet: the player `<div>`, the nanoPlayer script, and an inline script that creates
 * the player and calls `setup(config)`, reporting a missing player script or a failed setup to
 * the console instead of failing silently. The config is JSON made safe for a `<script>`
 * ({@link jsonForScript}); the div id is escaped for its attribute and as a JSON string.
 */
export function htmlSnippet(input: SnippetInput): string {
  const id = input.elementId || DEFAULT_PLAYER_ELEMENT_ID;
  const config = jsonForScript(playerConfig(input), 2);
  return `<div id="${escapeHtml(id)}"></div>
<script src="${escapeHtml(PLAYER_SCRIPT_URL)}"></script>
<script>
  (function () {
    var config = ${indent(config, 4)};
    if (typeof NanoPlayer !== 'function') {
      console.error('nanoPlayer could not be loaded from ${PLAYER_SCRIPT_URL}');
      return;
    }
    try {
      var player = new NanoPlayer(${jsonForScript(id)});
      player.setup(config).then(
        function () {},
        function (error) {
          console.error('nanoPlayer setup failed: ' + (error && error.message), error);
        }
      );
    } catch (error) {
      console.error('nanoPlayer setup failed: ' + (error && error.message), error);
    }
  })();
</script>`;
}
