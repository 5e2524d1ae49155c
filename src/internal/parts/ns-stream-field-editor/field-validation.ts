/** Pure validation of what a user types into the in-place editors; no DOM. */

/** The longest tag the editor accepts. */
export const MAX_TAG_LENGTH = 128;
/** The most tags the editor accepts on one stream. */
export const MAX_TAGS = 50;

/** Why an input was refused, as a key of the editor's strings and its placeholder values. */
export interface FieldProblem {
  key: 'tagTooLong' | 'tooManyTags' | 'pushUrlInvalid';
  vars?: Record<string, string | number>;
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; problem: FieldProblem};

/** Reads comma-separated tags: trimmed, empty ones dropped, duplicates dropped (first kept). */
export function parseTagsInput(text: string): Parsed<string[]> {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map(tag => tag.trim())
        .filter(Boolean),
    ),
  ];
  const long = tags.find(tag => tag.length > MAX_TAG_LENGTH);
  if (long !== undefined) {
    return {
      ok: false,
      problem: {key: 'tagTooLong', vars: {max: MAX_TAG_LENGTH, tag: `${long.slice(0, 24)}…`}},
    };
  }
  if (tags.length > MAX_TAGS)
    return {ok: false, problem: {key: 'tooManyTags', vars: {max: MAX_TAGS}}};
  return {ok: true, value: tags};
}

/**
 * Reads a push URL: empty (remove it) or an `rtmp://` / `rtmps://` URL with a host and a path
 * (`rtmp://host[:port]/app/key`), without spaces.
 */
export function parsePushUrlInput(text: string): Parsed<string> {
  const url = text.trim();
  if (url === '') return {ok: true, value: ''};
  if (!/^rtmps?:\/\/[^\s/?#]+\/\S*$/.test(url)) {
    return {ok: false, problem: {key: 'pushUrlInvalid'}};
  }
  try {
    const parsed = new URL(url);
    if (!/^rtmps?:$/.test(parsed.protocol) || !parsed.host) {
      return {ok: false, problem: {key: 'pushUrlInvalid'}};
    }
  } catch {
    return {ok: false, problem: {key: 'pushUrlInvalid'}};
  }
  return {ok: true, value: url};
}

/** Whether two tag lists are the same, in order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}
