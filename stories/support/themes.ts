/**
 * The partner brand the stories offer besides light and dark: nothing but `--ns-*` tokens, set on
 * the provider, which is how a partner white-labels every panel at once.
 */
export const PARTNER_BRAND_NAME = 'Northlight Broadcasting';

export const partnerTokens: Readonly<Record<`--ns-${string}`, string>> = {
  '--ns-color-surface': '#fffdf7',
  '--ns-color-surface-raised': '#f3efe3',
  '--ns-color-text': '#1d1b16',
  '--ns-color-text-muted': '#5a5445',
  '--ns-color-border': '#ddd5c0',
  '--ns-color-border-strong': '#857b63',
  '--ns-color-accent': '#8a2b0e',
  '--ns-color-accent-contrast': '#ffffff',
  '--ns-color-focus-ring': '#c2410c',
  '--ns-font-family': "Georgia, 'Iowan Old Style', 'Times New Roman', serif",
  '--ns-radius': '0',
  '--ns-density': '0.85',
};

/** The tokens as an inline `style` value. */
export function tokenStyle(tokens: Readonly<Record<string, string>>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
