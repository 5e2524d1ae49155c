/**
 * How an ns element forwards the parts of the ns elements inside it (`exportparts`), so that
 * `::part()` on the outer element reaches into the nested ones.
 *
 * Names, the same at every depth:
 * - The parts of the private building blocks keep one name wherever they are, so one rule reaches
 *   all of them: `<ns-copy-button>`'s are `copy-button` and `copy-feedback`,
 *   `<ns-stream-field-editor>`'s `field-<part>` (`field-value`, `field-tag`, …). An element that
 *   forwards them from a nested public element also offers them prefixed (`abr-copy-button`: only
 *   the copy buttons of the ABR table).
 * - Every other part of a nested public element is forwarded with a prefix: in
 *   `<ns-stream-overview>`, `<ns-abr-table>`'s `row` is `abr-row`; a few keep an established name
 *   (`<ns-live-processing>`'s `base` is `live-processing`).
 *
 * Each element's `*.parts.ts` states its forwards once, as `PartForward`s: the element's
 * templates write `exportparts` from them, its part list includes their outer names, and the
 * manifest analyzer documents every forwarded part from them. No DOM, no Lit.
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

/** One nested element whose parts an element forwards. */
export interface PartForward {
  /** The nested element's tag. */
  readonly tag: string;
  /** Every part the nested element can show. */
  readonly parts: readonly string[];
  /** What each part is called outside, unless `names` says otherwise. */
  readonly prefix: string;
  /** Outer name(s) of single parts, instead of `prefix + part`. */
  readonly names?: Readonly<Record<string, string | readonly string[]>>;
}

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

/** How every element forwards the parts of a `<ns-copy-button>` inside it. */
export const copyButtonForward: PartForward = {
  tag: 'ns-copy-button',
  parts: copyButtonParts,
  prefix: 'copy-',
};

/** How every element forwards the parts of a `<ns-stream-field-editor>` inside it. */
export const fieldEditorForward: PartForward = {
  tag: 'ns-stream-field-editor',
  parts: fieldEditorParts,
  prefix: 'field-',
};

/** The outer names of the private building blocks' parts, kept wherever they are forwarded. */
const sharedNames: ReadonlySet<string> = new Set([
  ...copyButtonParts.map(part => copyButtonForward.prefix + part),
  ...fieldEditorParts.map(part => fieldEditorForward.prefix + part),
]);

/** Each forwarded part with the name(s) it has outside, in the order of `forward.parts`. */
export function forwardedNames(
  forward: PartForward,
): readonly {readonly part: string; readonly names: readonly string[]}[] {
  return forward.parts.map(part => {
    const given = forward.names?.[part];
    const outer =
      given === undefined ? [forward.prefix + part] : typeof given === 'string' ? [given] : given;
    return {part, names: [...new Set(sharedNames.has(part) ? [part, ...outer] : outer)]};
  });
}

/** Every outer name of the forwarded parts. */
export function outerParts(forward: PartForward): readonly string[] {
  return forwardedNames(forward).flatMap(({names}) => names);
}

/** The `exportparts` value for a nested element: `part: outer` for each of its outer names. */
export function exportparts(forward: PartForward): string {
  return forwardedNames(forward)
    .flatMap(({part, names}) => names.map(name => `${part}: ${name}`))
    .join(', ');
}

/** The `exportparts` value of every `<ns-copy-button>` inside an element. */
export const copyButtonExports = exportparts(copyButtonForward);

/** The `exportparts` value of every `<ns-stream-field-editor>` inside an element. */
export const fieldEditorExports = exportparts(fieldEditorForward);
