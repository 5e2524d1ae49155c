/**
 * `<ns-abr-table>`'s parts, its own and those it forwards (names: `../../internal/exportparts.ts`).
 * The theming tests check the list against what the element renders; the manifest analyzer
 * documents the forwarded parts from `forwards`. No DOM, no Lit.
 *
 * @module
 */
import {
  copyButtonForward,
  fieldEditorForward,
  outerParts,
  stateParts,
  type PartForward,
} from '../../internal/exportparts.js';

export const tag = 'ns-abr-table';

/** The nested elements whose parts `<ns-abr-table>` forwards. */
export const forwards: readonly PartForward[] = [copyButtonForward, fieldEditorForward];

/** Every part `<ns-abr-table>` can show. */
export const abrTableParts: readonly string[] = [
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
  ...forwards.flatMap(outerParts),
];
