/**
 * Shared styles and the design tokens of every ns element.
 *
 * ## Design tokens
 * Each token is a `--ns-*` CSS custom property with a built-in fallback. Custom properties inherit
 * through shadow roots, so a token set on any ancestor (the page's `:root`, the provider, a wrapper
 * or the element itself) restyles every ns element inside it:
 *
 * ```css
 * ns-api-provider { --ns-color-accent: #7b2cbf; --ns-radius: 0; }
 * ```
 *
 * The tokens, what each one styles and its light and dark values are listed once, in `./tokens.ts`;
 * the manifest (and so every element's docs) lists them from there.
 *
 * ## Inside the shadow root
 * `hostStyles` resolves every token once on `:host` into a private `--_ns-*` twin (e.g.
 * `--_ns-color-text`); element styles use the twins so the fallbacks live in one place. Spacing:
 * `var(--_ns-space)` is already multiplied by the density; use `calc(var(--_ns-space) * n)`.
 *
 * ## Themes
 * The light theme is the fallbacks. `themeStyles` is for `<ns-api-provider>`'s own styles: with
 * `theme="dark"`, `"light"` or `"auto"` (follows `prefers-color-scheme`) on the provider, it sets the
 * colour tokens on the provider's host, and they inherit into every ns element inside. Tokens a page
 * sets on the provider element itself (or deeper) still win over the theme; colour tokens set above
 * the provider (`:root`) apply only while it has no `theme`. So a brand that also has a dark theme
 * sets its colours per theme on the provider:
 *
 * ```css
 * ns-api-provider { --ns-color-accent: #7b2cbf; }
 * ns-api-provider[theme='dark'] { --ns-color-accent: #c9a0ff; }
 * ```
 *
 * (and the same for `ns-api-provider[theme='auto']` inside a `prefers-color-scheme: dark` media
 * query).
 *
 * ## Parts
 * Beyond tokens, a host restyles single regions with `::part()`: every element documents its parts
 * (`@csspart`), and an element that contains another forwards the inner one's parts with
 * `exportparts`, named as `./exportparts.ts` describes (`ns-stream-overview::part(abr-row)`,
 * `ns-stream-overview::part(copy-button)` for every copy button inside).
 *
 * @module
 */
import {css, unsafeCSS} from 'lit';
import type {CSSResult} from 'lit';
import {colorValues, layoutTokens} from './tokens.js';

/** The colour tokens and their light-theme values (also the built-in fallbacks). */
export const lightColorTokens = colorValues('light');

/** The dark theme's value for every colour token (text contrast ≥ 4.5:1 on both surfaces). */
export const darkColorTokens = colorValues('dark');

/** The theme-independent tokens and their fallbacks. */
const layoutFallbacks: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(layoutTokens).map(([name, token]) => [name, token.light]),
);

// Token values are our own constants (never user input), so unsafeCSS is safe here.
const declarations = (tokens: Readonly<Record<string, string>>): CSSResult =>
  unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `${name}: ${value};`)
      .join('\n'),
  );

const privateTwins = (tokens: Readonly<Record<string, string>>): CSSResult =>
  unsafeCSS(
    Object.entries(tokens)
      .map(([name, fallback]) => `--_${name.slice(2)}: var(${name}, ${fallback});`)
      .join('\n'),
  );

/**
 * Every element's first stylesheet: resolves the tokens, sets font, colour and background on the
 * host, `display: block` (override in the element's styles if needed), `[hidden]`, border-box
 * sizing, and honours `prefers-reduced-motion`.
 */
export const hostStyles = css`
  :host {
    ${privateTwins(lightColorTokens)}
    ${privateTwins(layoutFallbacks)}
    --_ns-density: var(--ns-density, 1);
    --_ns-space: calc(var(--ns-space, 0.5rem) * var(--_ns-density));
    --_ns-control-height: var(--ns-control-height, calc(2.25rem * var(--_ns-density)));
    --_ns-duration: 150ms;

    display: block;
    box-sizing: border-box;
    font-family: var(--_ns-font-family);
    font-size: var(--_ns-font-size);
    line-height: 1.5;
    color: var(--_ns-color-text);
    background-color: var(--_ns-color-surface);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  code,
  kbd,
  samp,
  pre,
  .mono {
    font-family: var(--_ns-font-family-mono);
    font-size: 0.95em;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_ns-duration: 0ms;
    }

    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * For `<ns-api-provider>`'s `static styles`: sets the colour tokens on its host for
 * `theme="light"`, `theme="dark"` and `theme="auto"` (dark when the OS prefers it). Without a
 * `theme` attribute it sets nothing, so tokens from the page and the light fallbacks apply.
 */
export const themeStyles = css`
  :host([theme='light']),
  :host([theme='auto']) {
    color-scheme: light;
    ${declarations(lightColorTokens)}
  }

  :host([theme='dark']) {
    color-scheme: dark;
    ${declarations(darkColorTokens)}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      ${declarations(darkColorTokens)}
    }
  }
`;

/**
 * Shared controls, built only from tokens:
 * - `.button` (secondary look by default) with `.primary`, `.secondary`, `.danger`, `.quiet`; works
 *   on `<button>` and `<a>`; `:focus-visible` ring; disabled look for `:disabled` and
 *   `[aria-disabled='true']`.
 * - `.input` (`<input>`, `<textarea>`), `.select` (`<select>`), `[aria-invalid='true']` in the danger
 *   colour, `.label`, `.hint`, `.field-error`; checkboxes and radios take the accent colour.
 * - `.badge`, tinted by `data-state` (`live|created|ended|locked|deleted`, with a leading dot) or by
 *   a tone class (`.accent`, `.success`, `.warning`, `.danger`); its text keeps the text colour so
 *   it stays readable on every tint.
 * - `.sr-only`: visually hidden, still read by screen readers.
 */
export const controlStyles = css`
  .sr-only {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    --_button-bg: var(--_ns-color-surface);
    --_button-fg: var(--_ns-color-text);
    --_button-border: var(--_ns-color-border-strong);

    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_ns-space);
    min-height: var(--_ns-control-height);
    margin: 0;
    padding: 0 calc(var(--_ns-space) * 2);
    border: 1px solid var(--_button-border);
    border-radius: var(--_ns-radius);
    background-color: var(--_button-bg);
    color: var(--_button-fg);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
    transition:
      background-color var(--_ns-duration) ease,
      border-color var(--_ns-duration) ease,
      color var(--_ns-duration) ease;
  }

  .button:hover:not(:disabled, [aria-disabled='true']) {
    background-color: color-mix(in srgb, var(--_button-bg) 88%, var(--_ns-color-text));
  }

  .button:active:not(:disabled, [aria-disabled='true']) {
    background-color: color-mix(in srgb, var(--_button-bg) 78%, var(--_ns-color-text));
  }

  .button.primary {
    --_button-bg: var(--_ns-color-accent);
    --_button-fg: var(--_ns-color-accent-contrast);
    --_button-border: var(--_ns-color-accent);
  }

  .button.danger {
    --_button-bg: var(--_ns-color-danger);
    --_button-fg: var(--_ns-color-danger-contrast);
    --_button-border: var(--_ns-color-danger);
  }

  .button.quiet {
    --_button-bg: var(--_ns-color-surface);
    --_button-fg: var(--_ns-color-accent);
    --_button-border: transparent;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .button svg,
  .icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }

  .input,
  .select {
    min-height: var(--_ns-control-height);
    max-width: 100%;
    margin: 0;
    padding: 0 calc(var(--_ns-space) * 1.5);
    border: 1px solid var(--_ns-color-border-strong);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface);
    color: var(--_ns-color-text);
    font: inherit;
    transition: border-color var(--_ns-duration) ease;
  }

  textarea.input {
    min-height: calc(var(--_ns-control-height) * 2);
    padding-block: var(--_ns-space);
    resize: vertical;
  }

  .input::placeholder {
    color: var(--_ns-color-text-muted);
    opacity: 1;
  }

  .input[aria-invalid='true'],
  .select[aria-invalid='true'] {
    border-color: var(--_ns-color-danger);
  }

  .input:disabled,
  .select:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1rem;
    height: 1rem;
    margin: 0;
    accent-color: var(--_ns-color-accent);
  }

  .button:focus-visible,
  .input:focus-visible,
  .select:focus-visible,
  input[type='checkbox']:focus-visible,
  input[type='radio']:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 2px;
  }

  .label {
    display: block;
    margin-bottom: calc(var(--_ns-space) * 0.5);
    font-weight: 600;
  }

  .hint {
    color: var(--_ns-color-text-muted);
    font-size: 0.9em;
  }

  .field-error {
    color: var(--_ns-color-danger);
    font-size: 0.9em;
  }

  .badge {
    --_badge-color: var(--_ns-color-text-muted);

    display: inline-flex;
    align-items: center;
    gap: calc(var(--_ns-space) * 0.75);
    padding: 0 var(--_ns-space);
    border: 1px solid var(--_badge-color);
    border-radius: 999px;
    background-color: color-mix(in srgb, var(--_badge-color) 12%, var(--_ns-color-surface));
    color: var(--_ns-color-text);
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }

  .badge[data-state]::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background-color: var(--_badge-color);
  }

  .badge[data-state='live'] {
    --_badge-color: var(--_ns-color-state-live);
  }
  .badge[data-state='created'] {
    --_badge-color: var(--_ns-color-state-created);
  }
  .badge[data-state='ended'] {
    --_badge-color: var(--_ns-color-state-ended);
  }
  .badge[data-state='locked'] {
    --_badge-color: var(--_ns-color-state-locked);
  }
  .badge[data-state='deleted'] {
    --_badge-color: var(--_ns-color-state-deleted);
  }
  .badge.accent {
    --_badge-color: var(--_ns-color-accent);
  }
  .badge.success {
    --_badge-color: var(--_ns-color-success);
  }
  .badge.warning {
    --_badge-color: var(--_ns-color-warning);
  }
  .badge.danger {
    --_badge-color: var(--_ns-color-danger);
  }

  @media (forced-colors: active) {
    .button,
    .input,
    .select,
    .badge {
      border: 1px solid ButtonText;
    }

    .button:focus-visible,
    .input:focus-visible,
    .select:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Styles for the shared pending / empty / error templates (`./templates.ts`): a pulsing skeleton
 * (still under `prefers-reduced-motion`), a muted empty note and an error panel in the danger
 * colour.
 */
export const stateStyles = css`
  .ns-state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_ns-space);
    padding: calc(var(--_ns-space) * 2);
    border-radius: var(--_ns-radius);
  }

  .ns-state p {
    margin: 0;
  }

  .ns-pending {
    align-items: stretch;
  }

  .ns-skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ns-space) * 1.25);
  }

  .ns-skeleton-line {
    height: 1em;
    border-radius: var(--_ns-radius);
    background-color: color-mix(in srgb, var(--_ns-color-text) 10%, var(--_ns-color-surface));
    animation: ns-skeleton-pulse 1.6s ease-in-out infinite;
  }

  .ns-skeleton-line:nth-child(3n + 2) {
    width: 85%;
  }
  .ns-skeleton-line:nth-child(3n) {
    width: 65%;
  }

  @keyframes ns-skeleton-pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .ns-skeleton-line {
      animation: none;
    }
  }

  .ns-empty {
    align-items: center;
    text-align: center;
    color: var(--_ns-color-text-muted);
    border: 1px dashed var(--_ns-color-border);
  }

  .ns-error {
    border: 1px solid var(--_ns-color-danger);
    border-inline-start-width: 4px;
    background-color: color-mix(in srgb, var(--_ns-color-danger) 6%, var(--_ns-color-surface));
  }

  .ns-error-heading {
    display: flex;
    align-items: center;
    gap: var(--_ns-space);
    font-weight: 600;
  }

  .ns-error-heading svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--_ns-color-danger);
  }

  .ns-error-meta {
    color: var(--_ns-color-text-muted);
    font-size: 0.9em;
  }
`;

/** `hostStyles`, `controlStyles` and `stateStyles` together: what most elements start with. */
export const sharedStyles = [hostStyles, controlStyles, stateStyles];

/**
 * The data tables' base (the ABR table, the stream list, the overview's recordings, live
 * processing's sessions): full width, collapsed borders, a line under each cell. An element sets
 * `--_table-cell-padding` and `--_table-cell-align` on `:host` where its cells differ.
 */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: var(--_table-cell-padding, var(--_ns-space) calc(var(--_ns-space) * 1.5));
    border-bottom: 1px solid var(--_ns-color-border);
    text-align: start;
    vertical-align: var(--_table-cell-align, top);
  }
`;

/**
 * Inside an element's narrow-width container query: a data table's rows become blocks (cards),
 * the header row stays for screen readers only.
 */
export const stackedTableRules = css`
  thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  table,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
`;

/** The declarations of a wrapping row of chips or buttons made from a `<ul>` (no bullets). */
export const inlineListDeclarations = css`
  display: flex;
  flex-wrap: wrap;
  gap: calc(var(--_ns-space) * 0.5);
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** The declarations of a tab in a tab strip (an element adds its padding and border). */
export const tabDeclarations = css`
  flex: none;
  margin: 0 0 -1px;
  background: none;
  color: var(--_ns-color-text-muted);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
`;

/** The details lists of the elements that show one: `<dt>` in muted bold, `<dd>` without indent. */
export const detailsListStyles = css`
  dt {
    color: var(--_ns-color-text-muted);
    font-weight: 600;
  }

  dd {
    margin: 0;
    min-width: 0;
  }
`;
