/**
 * The global `--ns-*` design tokens: each one's meaning and its built-in values, written once.
 * `styles.ts` builds every element's token fallbacks and the dark theme from here, and the
 * manifest analyzer (`custom-elements-manifest.config.mjs`) documents every token on every element
 * from here. No DOM, no Lit.
 *
 * @module
 */

/** A global token: what it styles, its light (default) value and, for a colour, its dark one. */
export interface Token {
  readonly description: string;
  readonly light: string;
  readonly dark?: string;
}

/** The colour tokens: light value (also the built-in fallback) and dark-theme value. */
export const colorTokens = {
  '--ns-color-surface': {
    description: 'Background (set `transparent` to show the page).',
    light: '#ffffff',
    dark: '#0f1419',
  },
  '--ns-color-surface-raised': {
    description: 'Header rows, cards, stripes.',
    light: '#f6f8fa',
    dark: '#182029',
  },
  '--ns-color-text': {description: 'Text.', light: '#1f2328', dark: '#e6edf3'},
  '--ns-color-text-muted': {
    description: 'Secondary text (at least 4.5:1 on both surfaces).',
    light: '#59636e',
    dark: '#9ba6b2',
  },
  '--ns-color-border': {
    description: 'Dividers and table lines.',
    light: '#d1d9e0',
    dark: '#2f3a46',
  },
  '--ns-color-border-strong': {
    description: 'Outlines of inputs and secondary buttons (at least 3:1, so inputs stay visible).',
    light: '#818b98',
    dark: '#6b7785',
  },
  '--ns-color-accent': {
    description: 'Primary buttons, links, selection.',
    light: '#0b5cc4',
    dark: '#5ca8ff',
  },
  '--ns-color-accent-contrast': {
    description: 'Text on the accent.',
    light: '#ffffff',
    dark: '#0f1419',
  },
  '--ns-color-focus-ring': {
    description: 'Keyboard focus outline.',
    light: '#0b5cc4',
    dark: '#7cb9ff',
  },
  '--ns-color-danger': {
    description: 'Errors and destructive actions.',
    light: '#c5221f',
    dark: '#ff7b72',
  },
  '--ns-color-danger-contrast': {
    description: 'Text on the danger colour.',
    light: '#ffffff',
    dark: '#0f1419',
  },
  '--ns-color-success': {description: 'Success feedback.', light: '#1a7f37', dark: '#46c25a'},
  '--ns-color-warning': {description: 'Warnings.', light: '#8a5a00', dark: '#e0a93a'},
  '--ns-color-state-live': {
    description: 'The live state badge.',
    light: '#1a7f37',
    dark: '#46c25a',
  },
  '--ns-color-state-created': {
    description: 'The created state badge.',
    light: '#0b5cc4',
    dark: '#5ca8ff',
  },
  '--ns-color-state-ended': {
    description: 'The ended state badge.',
    light: '#59636e',
    dark: '#9ba6b2',
  },
  '--ns-color-state-locked': {
    description: 'The locked state badge.',
    light: '#8a5a00',
    dark: '#e0a93a',
  },
  '--ns-color-state-deleted': {
    description: 'The deleted state badge.',
    light: '#c5221f',
    dark: '#ff7b72',
  },
  '--ns-color-shadow': {
    description: 'Shadow under popups (the confirmation dialog, tag suggestions).',
    light: 'rgb(0 0 0 / 0.25)',
    dark: 'rgb(0 0 0 / 0.6)',
  },
} as const satisfies Record<string, Token>;

/** The theme-independent tokens whose fallback is a plain value. */
export const layoutTokens = {
  '--ns-font-family': {
    description: 'Text font.',
    light: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  '--ns-font-family-mono': {
    description: 'IDs, URLs and code.',
    light: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  },
  '--ns-font-size': {description: 'Base font size.', light: '0.875rem'},
  '--ns-radius': {description: 'Corner radius.', light: '0.375rem'},
} as const satisfies Record<string, Token>;

/** The tokens whose fallback is computed from others (`styles.ts` writes those rules). */
export const scaleTokens = {
  '--ns-space': {
    description: 'Base spacing unit; every gap and padding is a multiple of it.',
    light: '0.5rem',
  },
  '--ns-density': {
    description: 'Multiplier on spacing and control height (e.g. `0.75` for compact).',
    light: '1',
  },
  '--ns-control-height': {
    description: 'Height of buttons, inputs and selects.',
    light: 'calc(2.25rem * var(--ns-density))',
  },
} as const satisfies Record<string, Token>;

/** A colour token's name. */
export type ColorToken = keyof typeof colorTokens;

/** Every global token, in the order the docs list them. */
export const globalTokens: Readonly<Record<string, Token>> = {
  ...colorTokens,
  ...layoutTokens,
  ...scaleTokens,
};

/** A theme's value of every colour token. */
export function colorValues(theme: 'light' | 'dark'): Readonly<Record<ColorToken, string>> {
  return Object.fromEntries(
    Object.entries(colorTokens).map(([name, token]) => [name, token[theme]]),
  ) as Record<ColorToken, string>;
}
