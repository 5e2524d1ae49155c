/**
 * The parts of the ns elements that other ns elements contain, and the `exportparts` values that
 * forward them, so that `::part()` on the outer element reaches into the nested ones.
 *
 * Names, the same at every depth:
 * - The parts of the internal building blocks keep one name wherever they are, so one rule reaches
 *   all of them: `<ns-copy-button>`'s are `copy-button` and `copy-feedback`, `<ns-stream-field-editor>`'s
 *   `field-<part>` (`field-value`, `field-tag`, `field-edit-button`, …). An element that forwards
 *   them from a nested public element also offers them prefixed (`abr-copy-button`: only the copy
 *   buttons of the ABR table).
 * - Every other part of a nested public element is forwarded with a prefix: in
 *   `<ns-stream-overview>`, `<ns-abr-table>`'s `row` is `abr-row`; a few keep an established name
 *   (`<ns-live-processing>`'s `base` is `live-processing`).
 *
 * Each list names every part the element can show (its own and those it forwards); the theming
 * tests check the lists against what the elements render.
 *
 * @module
 */

/** The parts of the shared loading, empty and error states (`./templates.ts`). */
export const stateParts = [
  'pending',
  'empty',
  'empty-action',
  'error',
  'error-message',
  'error-meta',
  'retry-button',
] as const;

/** `<ns-copy-button>`'s parts. */
export const copyButtonParts = ['button', 'feedback'] as const;

/** `<ns-stream-field-editor>`'s parts. */
export const fieldEditorParts = [
  'value',
  'tag',
  'edit-button',
  'form',
  'input',
  'save-button',
  'cancel-button',
  'message',
] as const;

/** Names a forwarding element keeps unprefixed (and also offers prefixed). */
const sharedParts: ReadonlySet<string> = new Set([
  'copy-button',
  'copy-feedback',
  ...fieldEditorParts.map(part => `field-${part}`),
]);

/** What `<ns-copy-button>` shows as, in every element that contains one. */
const copyButtonForwarded = ['copy-button', 'copy-feedback'] as const;

/** What `<ns-stream-field-editor>` shows as, in every element that contains one. */
const fieldEditorForwarded = fieldEditorParts.map(part => `field-${part}` as const);

/** `<ns-token-info>`'s parts. */
export const tokenInfoParts = [
  'base',
  'empty',
  'invalid',
  'invalid-hint',
  'token',
  'badge',
  'details',
  'settings',
  'streams',
  'note',
  ...copyButtonForwarded,
] as const;

/** `<ns-abr-table>`'s parts. */
export const abrTableParts = [
  'header',
  'heading',
  'group-id',
  'table',
  'header-row',
  'row',
  'cell',
  'add-profile-button',
  'add-form',
  'profile-select',
  'add-button',
  'add-cancel-button',
  'message',
  'not-found',
  'upgrade',
  ...stateParts.filter(part => part !== 'empty-action'),
  ...copyButtonForwarded,
  ...fieldEditorForwarded,
] as const;

/** `<ns-live-processing>`'s parts. */
export const liveProcessingParts = [
  'base',
  'processes',
  'process',
  'quality-tabs',
  'quality-tab',
  'panel',
  'process-header',
  'refresh-button',
  'details',
  'status',
  'link',
  'preview',
  'image',
  'image-unavailable',
  'sessions',
  'recordings',
  'settings',
  'field',
  'input',
  'field-error',
  'save-button',
  'reset-button',
  'save-error',
  'upgrade',
  ...stateParts.filter(part => part !== 'empty-action'),
  ...copyButtonForwarded,
] as const;

/** `<ns-snippet-builder>`'s parts. */
export const snippetBuilderParts = [
  'base',
  'settings',
  'start-quality',
  'latency-mode',
  'embed-version',
  'token-settings',
  'token-form',
  'field',
  'input',
  'field-error',
  'form-error',
  'generate-button',
  'default-token-button',
  'token-note',
  'token-info',
  ...tokenInfoParts.map(part => `token-info-${part}` as const),
  'snippet',
  'code',
  ...stateParts.filter(part => part !== 'empty-action'),
  ...copyButtonForwarded,
] as const;

/**
 * The `exportparts` value that forwards `parts` of a nested element: each as `prefix + part`, or
 * as the name(s) `names` gives it; a shared part (`copy-button`, `field-value`, …) also keeps its
 * own name.
 */
export function forwardParts(
  parts: readonly string[],
  prefix: string,
  names: Readonly<Record<string, string | readonly string[]>> = {},
): string {
  return parts
    .flatMap(part => {
      const given = names[part];
      const outer =
        given === undefined ? [prefix + part] : typeof given === 'string' ? [given] : given;
      const all = sharedParts.has(part) ? [part, ...outer] : outer;
      return [...new Set(all)].map(name => `${part}: ${name}`);
    })
    .join(', ');
}

/** Forwards a `<ns-copy-button>`'s parts as `copy-button` and `copy-feedback`. */
export const copyButtonExports = forwardParts(copyButtonParts, 'copy-');

/** Forwards a `<ns-stream-field-editor>`'s parts as `field-<part>`. */
export const fieldEditorExports = forwardParts(fieldEditorParts, 'field-');
