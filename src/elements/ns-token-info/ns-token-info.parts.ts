/**
 * `<ns-token-info>`'s parts, its own and those it forwards (names: `../../internal/exportparts.ts`).
 * The theming tests check the list against what the element renders; the manifest analyzer
 * documents the forwarded parts from `forwards`. No DOM, no Lit.
 *
 * @module
 */
import {copyButtonForward, outerParts, type PartForward} from '../../internal/exportparts.js';

export const tag = 'ns-token-info';

/** The nested elements whose parts `<ns-token-info>` forwards. */
export const forwards: readonly PartForward[] = [copyButtonForward];

/** Every part `<ns-token-info>` can show. */
export const tokenInfoParts: readonly string[] = [
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
  ...forwards.flatMap(outerParts),
];
