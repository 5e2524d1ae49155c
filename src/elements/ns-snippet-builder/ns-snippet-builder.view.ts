/**
 * What `<ns-snippet-builder>` shows, decided without Lit or the DOM: the stream's qualities, the
 * settings' options and labels, the snippets themselves, which token they carry and what the
 * token section offers the session's role.
 */
import {isNotEnabled} from '../../api/support.js';
import type {Stream} from '../../api/types.js';
import type {NsSession} from '../../context.js';
import type {SnippetKind} from '../../events.js';
import type {PlaybackTokenState} from '../../internal/controllers/playback-token.js';
import {formatBitrate} from '../../i18n/format.js';
import {DEFAULT_EMBED_VERSION, EMBED_VERSIONS, isEmbedVersion} from '../../snippets/embed.js';
import type {EmbedVersion} from '../../snippets/embed.js';
import {
  DEFAULT_LATENCY_MODE,
  LATENCY_MODES,
  START_QUALITIES,
  htmlSnippet,
  iframeSnippet,
  isLatencyMode,
  isStartQuality,
  playoutUrl,
  startPlayout,
  type LatencyMode,
  type StartQuality,
} from '../../snippets/player.js';
import {decodeToken} from '../../token/decode.js';
import {
  MAX_TOKEN_LIFETIME_MS,
  toUtcDateTimeInput,
  type TokenSettingsError,
  type TokenSettingsField,
  type TokenSettingsInput,
} from '../../token/settings.js';
import type {SnippetBuilderStringKey} from './ns-snippet-builder.catalogues.js';

/** The element's strings and formats, as its localizer gives them. */
export interface ViewText {
  text(key: SnippetBuilderStringKey, vars?: Record<string, string | number>): string;
  /** A date and time in the locale, labelled UTC. */
  dateTime(date: Date): string;
  /** The locale numbers are formatted in. */
  locale: string;
  /** An error's human message and API code, in the shared wording. */
  describe(error: unknown): {message: string; code: string};
}

/** Everything the builder shows, from what the element knows. */
export interface SnippetBuilderInput {
  /** The stream of `stream-id`, once loaded. */
  stream: Stream | undefined;
  session: Pick<NsSession, 'features' | 'can'> | undefined;
  /** The element's `start-quality`, `latency-mode` and `embed-version`, as set. */
  settings: {startQuality: unknown; latencyMode: unknown; embedVersion: unknown};
  /** The default token, as the playback token controller has it. */
  playback: PlaybackTokenState;
  customToken: string | undefined;
  form: TokenSettingsInput;
  errors: FieldErrors;
  checked: boolean;
  /** A custom token is being issued. */
  busy: boolean;
  /** Why issuing the last custom token failed; undefined when it did not fail. */
  customFailure: {error: unknown} | undefined;
  /** The client's API base, for the player. */
  apiUrl: string | undefined;
  now: number;
}

export const QUALITY_LABELS: Record<StartQuality, SnippetBuilderStringKey> = {
  auto: 'qualityAuto',
  original: 'qualityOriginal',
  high: 'qualityHigh',
  'medium-high': 'qualityMediumHigh',
  medium: 'qualityMedium',
  'medium-low': 'qualityMediumLow',
  low: 'qualityLow',
};

export const LATENCY_LABELS: Record<LatencyMode, SnippetBuilderStringKey> = {
  classic: 'latencyClassic',
  balancedadaptive: 'latencyBalancedAdaptive',
  fastadaptive: 'latencyFastAdaptive',
};

export const EMBED_VERSION_LABELS: Record<EmbedVersion, SnippetBuilderStringKey> = {
  '1.3.3': 'embedVersion133',
  '2.0.0': 'embedVersion200',
};

export const EMPTY_FORM: TokenSettingsInput = {
  notBefore: '',
  expires: '',
  ip: '',
  domain: '',
  user: '',
  tag: '',
};

/** The token form's fields in the order they are shown (and focused when invalid). */
export const FIELDS: readonly {
  name: TokenSettingsField;
  label: SnippetBuilderStringKey;
  hint: SnippetBuilderStringKey;
  type: 'datetime-local' | 'text';
}[] = [
  {name: 'notBefore', label: 'notBefore', hint: 'notBeforeHint', type: 'datetime-local'},
  {name: 'expires', label: 'expires', hint: 'expiresHint', type: 'datetime-local'},
  {name: 'ip', label: 'ip', hint: 'ipHint', type: 'text'},
  {name: 'domain', label: 'domain', hint: 'domainHint', type: 'text'},
  {name: 'user', label: 'user', hint: 'optionalHint', type: 'text'},
  {name: 'tag', label: 'tag', hint: 'optionalHint', type: 'text'},
];

/** The stream facts the snippets need. */
export interface SnippetSource {
  stream: Stream;
  /** The group's qualities, highest first (one entry for a single stream). */
  qualities: string[];
  isGroup: boolean;
}

/** The stream's qualities by playout index, named by resolution and bitrate (else position). */
export function snippetSource(stream: Stream, t: ViewText): SnippetSource {
  const entries = [...(stream.playout?.h5live ?? [])].sort((a, b) => a.index - b.index);
  const qualities = entries.map((entry, i) =>
    entry.info
      ? `${entry.info.width}x${entry.info.height} · ${formatBitrate(entry.info.bitrate, t.locale)}`
      : t.text('qualityFallback', {number: i + 1}),
  );
  return {stream, qualities, isGroup: entries.length > 1};
}

/** The snippet settings in effect: an unknown attribute value gives the default. */
export interface Settings {
  startQuality: StartQuality;
  latencyMode: LatencyMode;
  embedVersion: EmbedVersion;
}

export function effectiveSettings(props: {
  startQuality: unknown;
  latencyMode: unknown;
  embedVersion: unknown;
}): Settings {
  return {
    startQuality: isStartQuality(props.startQuality) ? props.startQuality : 'auto',
    latencyMode: isLatencyMode(props.latencyMode) ? props.latencyMode : DEFAULT_LATENCY_MODE,
    embedVersion: isEmbedVersion(props.embedVersion) ? props.embedVersion : DEFAULT_EMBED_VERSION,
  };
}

/** One `<option>` of a settings select. */
export interface Option<V extends string> {
  value: V;
  label: string;
  selected: boolean;
}

export interface SettingsView {
  /** The start qualities; only for a group (a single stream has none to choose). */
  startQualities?: Option<StartQuality>[];
  latencyModes: Option<LatencyMode>[];
  embedVersions: Option<EmbedVersion>[];
}

export function settingsView(source: SnippetSource, settings: Settings, t: ViewText): SettingsView {
  const count = source.qualities.length;
  const latencyModes = LATENCY_MODES.map(value => ({
    value,
    label: t.text(LATENCY_LABELS[value]),
    selected: value === settings.latencyMode,
  }));
  const embedVersions = EMBED_VERSIONS.map(value => ({
    value,
    label: t.text(EMBED_VERSION_LABELS[value]),
    selected: value === settings.embedVersion,
  }));
  if (!source.isGroup) return {latencyModes, embedVersions};
  const startQualities = START_QUALITIES.map(value => ({
    value,
    label: t.text(QUALITY_LABELS[value], {
      quality: source.qualities[startPlayout(value, count).startIndex] ?? '',
    }),
    selected: value === settings.startQuality,
  }));
  return {startQualities, latencyModes, embedVersions};
}

/**
 * The token the snippets carry by default: `none` when the stream needs none (or the role may not
 * have one issued, or the organisation turns out to have no secure playback), the host's or the
 * issued one when `ready`, `pending` until it is there, `error` when the token service refused.
 */
export type DefaultToken =
  | {state: 'none' | 'pending'; token?: undefined}
  | {state: 'ready'; token: string}
  | {state: 'error'; reason: string; token?: undefined};

export function defaultToken(value: PlaybackTokenState, t: ViewText): DefaultToken {
  if (value.state !== 'error') return value;
  // The organisation has no secure playback after all (its packages were unknown): its streams
  // play without a token.
  if (isNotEnabled(value.error)) return {state: 'none'};
  return {state: 'error', reason: t.describe(value.error).message};
}

/** Whether one of the token service's answers said the organisation has no secure playback. */
export function secureNotEnabled(
  token: PlaybackTokenState,
  customFailure?: {error: unknown},
): boolean {
  return (
    (token.state === 'error' && isNotEnabled(token.error)) ||
    (!!customFailure && isNotEnabled(customFailure.error))
  );
}

/** The three outputs, as shown and as the element's getters return them. */
export interface Outputs {
  playoutUrl: string;
  iframeSnippet: string;
  htmlSnippet: string;
}

export const NO_OUTPUTS: Outputs = {playoutUrl: '', iframeSnippet: '', htmlSnippet: ''};

/**
 * The snippets for `source` with the settings and the custom token, else the default one; none
 * without the stream, nor while a secure stream's default token is being issued: a snippet
 * without it could be copied and would not play.
 */
export function snippetOutputs(
  source: SnippetSource | undefined,
  settings: Settings,
  token: {custom?: string | undefined; fallback: DefaultToken},
  apiUrl: string | undefined,
): Outputs {
  if (!source) return NO_OUTPUTS;
  if (!token.custom && token.fallback.state === 'pending') return NO_OUTPUTS;
  const input = {
    groupId: source.stream.id,
    qualityCount: source.isGroup ? source.qualities.length : 1,
    startQuality: settings.startQuality,
    latencyMode: settings.latencyMode,
    token: token.custom ?? token.fallback.token,
    apiUrl,
    embedVersion: settings.embedVersion,
  };
  return {
    playoutUrl: playoutUrl(input),
    iframeSnippet: iframeSnippet(input),
    htmlSnippet: htmlSnippet(input),
  };
}

/** One output block: its kind, labels, text and height. */
export interface OutputView {
  kind: SnippetKind;
  id: string;
  label: string;
  copyLabel: string;
  value: string;
  rows: number;
}

/** The blocks offered, in order: the playout URL, the iFrame and the HTML snippet; none yet when empty. */
export function outputViews(outputs: Outputs, t: ViewText): OutputView[] {
  if (!outputs.htmlSnippet) return [];
  const block = (
    kind: SnippetKind,
    label: SnippetBuilderStringKey,
    copyLabel: SnippetBuilderStringKey,
    value: string,
  ): OutputView => ({
    kind,
    id: `output-${kind}`,
    label: t.text(label),
    copyLabel: t.text(copyLabel),
    value,
    rows: kind === 'url' ? 2 : Math.min(24, value.split('\n').length + 1),
  });
  return [
    block('url', 'playoutUrl', 'copyPlayoutUrl', outputs.playoutUrl),
    block('iframe', 'iframeSnippet', 'copyIframeSnippet', outputs.iframeSnippet),
    block('html', 'htmlSnippet', 'copyHtmlSnippet', outputs.htmlSnippet),
  ];
}

/** Which token the snippets carry, as the live region says it. */
export interface TokenNote {
  text: string;
  /** The default token could not be issued: shown as an error. */
  failed: boolean;
}

export function tokenNote(custom: boolean, fallback: DefaultToken, t: ViewText): TokenNote {
  const failed = !custom && fallback.state === 'error';
  if (custom) return {text: t.text('customTokenApplied'), failed};
  if (fallback.state === 'error') {
    return {text: t.text('defaultTokenFailed', {reason: fallback.reason}), failed};
  }
  if (fallback.state === 'pending') return {text: t.text('defaultTokenPending'), failed};
  if (fallback.state === 'ready') {
    const until = decodeToken(fallback.token)?.validUntil;
    const text = until
      ? t.text('defaultTokenApplied', {until: t.dateTime(until)})
      : t.text('defaultTokenAppliedOpen');
    return {text, failed};
  }
  return {text: t.text('noTokenNeeded'), failed};
}

export type FieldErrors = Partial<Record<TokenSettingsField, TokenSettingsError>>;

/** One field of the token form, with its ids, limits and (once checked) its message. */
export interface FieldView {
  name: TokenSettingsField;
  id: string;
  label: string;
  hint: string;
  type: 'datetime-local' | 'text';
  value: string;
  min?: string | undefined;
  max?: string | undefined;
  error?: string | undefined;
  describedBy: string;
}

export function fieldViews(
  form: TokenSettingsInput,
  errors: FieldErrors,
  checked: boolean,
  now: number,
  t: ViewText,
): FieldView[] {
  return FIELDS.map(field => {
    const error = checked ? errors[field.name] : undefined;
    const id = `token-${field.name}`;
    return {
      name: field.name,
      id,
      label: t.text(field.label),
      hint: t.text(field.hint),
      type: field.type,
      value: form[field.name],
      min: field.type === 'datetime-local' ? toUtcDateTimeInput(now) : undefined,
      max: field.name === 'expires' ? toUtcDateTimeInput(now + MAX_TOKEN_LIFETIME_MS) : undefined,
      error: error ? t.text(error.code, error.vars) : undefined,
      describedBy: error ? `${id}-error ${id}-hint` : `${id}-hint`,
    };
  });
}

/** The first field (in the form's order) with a message: it takes the focus. */
export function firstInvalidField(errors: FieldErrors): TokenSettingsField | undefined {
  return FIELDS.find(field => errors[field.name])?.name;
}

/** What the session and the token service leave of the token section. */
export type TokenSectionView =
  | {kind: 'none'}
  | {kind: 'not-enabled'}
  | {kind: 'read-only'; note?: TokenNote | undefined}
  | {
      kind: 'form';
      fields: FieldView[];
      busy: boolean;
      /** Generate was pressed with invalid fields. */
      invalid: boolean;
      /** Why the token service refused the last custom token: the message and the API code. */
      failure?: {message: string; code: string} | undefined;
      /** The custom token applied, shown decoded, with "Back to default token". */
      customToken?: string | undefined;
      note: TokenNote;
    };

/** The token section for the session's role, with `fallback`, the default token in effect. */
export function tokenSection(
  input: SnippetBuilderInput,
  fallback: DefaultToken,
  t: ViewText,
): TokenSectionView {
  if (!input.session?.features.secure) return {kind: 'none'};
  if (secureNotEnabled(input.playback, input.customFailure)) return {kind: 'not-enabled'};
  const note = tokenNote(!!input.customToken, fallback, t);
  if (!input.session.can('createPlaybackToken')) {
    return {kind: 'read-only', note: fallback.state === 'ready' ? note : undefined};
  }
  return {
    kind: 'form',
    fields: fieldViews(input.form, input.errors, input.checked, input.now, t),
    busy: input.busy,
    invalid: input.checked && Object.keys(input.errors).length > 0,
    failure: input.customFailure && customFailure(input.customFailure.error, t),
    customToken: input.customToken,
    note,
  };
}

/** What the form says when the token service refused a custom token. */
function customFailure(error: unknown, t: ViewText): {message: string; code: string} {
  const {message, code} = t.describe(error);
  return {message: t.text('tokenFailed', {message}), code};
}

export interface SnippetBuilderView {
  /** Undefined until the stream is there. */
  source: SnippetSource | undefined;
  outputs: Outputs;
  /** The output blocks; none while the default token is being issued. */
  blocks: OutputView[];
  /** Undefined until the stream is there. */
  settings: SettingsView | undefined;
  token: TokenSectionView;
}

export function snippetBuilderView(input: SnippetBuilderInput, t: ViewText): SnippetBuilderView {
  const source = input.stream ? snippetSource(input.stream, t) : undefined;
  const settings = effectiveSettings(input.settings);
  const fallback = defaultToken(input.playback, t);
  const outputs = snippetOutputs(
    source,
    settings,
    {custom: input.customToken, fallback},
    input.apiUrl,
  );
  const token = tokenSection(input, fallback, t);
  return {
    source,
    outputs,
    blocks: outputViews(outputs, t),
    settings: source && settingsView(source, settings, t),
    token,
  };
}
