/**
 * Every user-visible string of `<ns-snippet-builder>`, in English. A translation is a complete
 * `SnippetBuilderStrings` (German: `ns-snippet-builder.strings.de.ts`); a host's wording is a
 * partial one, set as the element's `strings` property. `{name}` placeholders are filled by the
 * element; results are rendered as text.
 */

export const snippetBuilderStrings = {
  region: 'Code snippets',
  loading: 'Loading the stream…',
  noStream: 'No stream selected.',
  settings: 'Snippet settings',
  startQuality: 'Start quality',
  startQualityHint: 'Where playback starts; the player then adapts to the viewer’s bandwidth.',
  qualityAuto: 'Automatic (adaptive)',
  qualityOriginal: 'Original · {quality} · no switching',
  qualityHigh: 'High · {quality}',
  qualityMediumHigh: 'Medium high · {quality}',
  qualityMedium: 'Medium · {quality}',
  qualityMediumLow: 'Medium low · {quality}',
  qualityLow: 'Low · {quality}',
  qualityFallback: 'Quality {number}',
  latencyMode: 'Latency control mode',
  latencyClassic: 'Classic',
  latencyBalancedAdaptive: 'Balanced adaptive (default)',
  latencyFastAdaptive: 'Fast adaptive',
  embedVersion: 'iFrame embed version',
  embedVersionHint: 'Only the iFrame snippet uses it; the HTML snippet always loads nanoPlayer 5.',
  embedVersion133: '1.3.3 · nanoPlayer 4 (dashboard default)',
  embedVersion200: '2.0.0 · nanoPlayer 5 (current)',
  playoutUrl: 'Live Playout URL',
  iframeSnippet: 'iFrame snippet',
  htmlSnippet: 'HTML snippet',
  copyPlayoutUrl: 'Copy Live Playout URL',
  copyIframeSnippet: 'Copy iFrame snippet',
  copyHtmlSnippet: 'Copy HTML snippet',
  tokenSettings: 'Token settings',
  tokenIntro:
    'Secure playback is on for this organisation, so players need a token. Generate a custom token with your own restrictions: it is applied to both snippets and the Live Playout URL.',
  tokenReadOnly:
    'Secure playback is on for this organisation, so players need a token. Your role cannot generate one.',
  secureNotEnabled:
    'Secure playback is not enabled for this organisation (Upgrade needed): the snippets play without a token.',
  noTokenNeeded: 'Default: no token in the snippets; this stream plays without one.',
  defaultTokenApplied:
    'Default: the snippets and the Live Playout URL carry a playback token for this stream, valid until {until}.',
  defaultTokenAppliedOpen:
    'Default: the snippets and the Live Playout URL carry a playback token for this stream.',
  defaultTokenPending: 'Issuing a playback token for this stream…',
  defaultTokenFailed:
    'No playback token could be issued for this stream, so the snippets below will not play: {reason}',
  customTokenApplied: 'Custom token applied to both snippets and the Live Playout URL.',
  notBefore: 'Not before (UTC)',
  notBeforeHint: 'Empty: valid at once.',
  expires: 'Expires (UTC)',
  expiresHint: 'Empty: 24 hours after creation. At most 365 days ahead.',
  ip: 'Client IPs',
  ipHint: 'IPv4 addresses or CIDR ranges, up to 10, separated by commas. Empty: any.',
  domain: 'Domain',
  domainHint: 'For example player.example.com. Empty: any.',
  user: 'User ID',
  tag: 'Tag',
  optionalHint: 'Optional.',
  generate: 'Generate token',
  generating: 'Generating token…',
  useDefault: 'Back to default token',
  formInvalid: 'Please correct the marked fields. Nothing was sent.',
  tokenFailed: 'The token could not be generated: {message}',
  dateInvalid: 'Enter a valid date and time.',
  expiresInPast: 'The expiry must be in the future.',
  expiresBeforeNotBefore: 'The expiry must be after “Not before”.',
  expiresTooLate: 'The expiry may be at most 365 days ahead.',
  expiresTooLateRevocable: 'A revocable token may live at most 24 hours.',
  ipInvalid: '“{value}” is not an IPv4 address or CIDR range.',
  ipTooMany: 'At most {max} addresses or ranges ({count} entered).',
  domainInvalid: 'Enter a domain name such as player.example.com, without https:// or a path.',
  textTooLong: 'At most {max} characters.',
} as const;

/** A complete `<ns-snippet-builder>` catalogue (what a translation provides). */
export type SnippetBuilderStrings = Record<keyof typeof snippetBuilderStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-snippet-builder': SnippetBuilderStrings;
  }
}
