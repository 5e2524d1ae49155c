/**
 * Every user-visible string of `<ns-stream-search>` (English; a translation is a complete
 * `StreamSearchStrings` object, German in `ns-stream-search.strings.de.ts`). Placeholders are
 * `{name}`; the results are plain text.
 */

export const streamSearchStrings = {
  label: 'Search streams',
  placeholder: 'Stream ID or streamname',
  submit: 'Search',
  invalid:
    'Enter a stream ID (a UUID such as 5f86a12f-3801-415a-b450-6b6a46842349) or a streamname (XXXXX-YYYYY: 5 letters or digits, a hyphen, 5 letters or digits). The search is exact and case-sensitive.',
  empty: 'Enter a stream ID or a streamname.',
  searching: 'Searching…',
  notFound: 'No stream found',
  streamnameNotOffered: 'This API does not offer search by streamname; search by stream ID',
  found: 'Found stream {streamname}',
} as const;

/** A complete catalogue of the search's strings. */
export type StreamSearchStrings = Record<keyof typeof streamSearchStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-stream-search': StreamSearchStrings;
  }
}
