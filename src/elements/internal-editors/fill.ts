/** Values for a string's `{placeholders}`. */
export type FillVars = Record<string, string | number>;

/**
 * Fills the `{placeholders}` of a string from an element's catalogue (a placeholder without a value
 * is left as it is). The result is plain text: render it as text, never as HTML.
 */
export function fill(template: string, vars?: FillVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    return value === undefined ? placeholder : String(value);
  });
}
