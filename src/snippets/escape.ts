/**
 * Escaping for each place a value lands in a snippet. No DOM.
 *
 * - URL query: build it with `URLSearchParams` (see `./player.ts`), never by concatenation.
 * - HTML attribute value (double-quoted) and HTML text: {@link escapeHtml}.
 * - JSON inside a classic `<script>`: {@link jsonForScript}.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

/**
 * Escapes text for an HTML attribute value (quoted either way) or for HTML text: `&`, `<`, `>`,
 * `"` and `'` become character references, so the value can neither end the attribute nor open
 * a tag; U+2028 and U+2029 too, so that a snippet holds no invisible line separators.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\u2028\u2029]/g, ch => HTML_ESCAPES[ch]!);
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `JSON.stringify` made safe to put inside a `<script>` element: every `<`, `>` and `&` inside a
 * string becomes a `\u00XX` escape, so no `</script>` can end the element and no `<!--` can
 * switch the HTML parser into its "script data escaped" state; U+2028 and U+2029 are escaped so
 * older JavaScript engines do not read them as line ends. The result is still valid JSON and
 * parses back (`JSON.parse`) to the same value.
 *
 * @param value - A JSON-serialisable value.
 * @param indent - Spaces per indentation level (0 = one line).
 */
export function jsonForScript(value: unknown, indent = 0): string {
  const json = JSON.stringify(value, null, indent) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, ch => SCRIPT_ESCAPES[ch]!);
}
