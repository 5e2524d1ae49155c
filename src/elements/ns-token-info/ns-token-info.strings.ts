/**
 * Every user-visible string of `<ns-token-info>`, in English. A translation is a complete
 * `TokenInfoStrings` (German: `ns-token-info.strings.de.ts`); a host's wording is a partial one,
 * set as the element's `strings` property. `{name}` placeholders are filled by the element;
 * results are rendered as text.
 */

export const tokenInfoStrings = {
  region: 'Secure playback token',
  token: 'JWT token',
  copyToken: 'Copy token',
  noToken: 'No token',
  invalid: 'Invalid token',
  invalidHint: 'This is not a well-formed JSON Web Token, so it cannot be decoded.',
  status: 'Status',
  valid: 'Valid',
  expiresIn: 'Expires {relative}',
  expired: 'Expired',
  notYetValid: 'Not yet valid',
  algorithm: 'Algorithm',
  keyId: 'Key ID',
  validFrom: 'Valid from',
  validUntil: 'Valid until',
  covers: 'Covers',
  group: 'Stream group',
  streams: 'Streams',
  organisation: 'Every stream of the organisation',
  optionalSettings: 'Optional settings',
  domain: 'Domain',
  ip: 'Client IP',
  user: 'User ID',
  tag: 'Token tag',
  cust: 'Custom data',
  revocable: 'Revocable',
  yes: 'Yes',
  notSet: 'Not set',
  issuer: 'Issuer',
  unverified: 'Decoded in your browser: the signature is not verified here.',
} as const;

/** A complete `<ns-token-info>` catalogue (what a translation provides). */
export type TokenInfoStrings = Record<keyof typeof tokenInfoStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-token-info': TokenInfoStrings;
  }
}
