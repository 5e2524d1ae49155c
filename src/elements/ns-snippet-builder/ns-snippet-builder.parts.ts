/**
 * `<ns-snippet-builder>`'s parts, its own and those it forwards (names:
 * `../../internal/exportparts.ts`). The theming tests check the list against what the element
 * renders; the manifest analyzer documents the forwarded parts from `forwards`. No DOM, no Lit.
 *
 * @module
 */
import {
  copyButtonForward,
  outerParts,
  stateParts,
  type PartForward,
} from '../../internal/exportparts.js';
import {tag as tokenInfoTag, tokenInfoParts} from '../ns-token-info/ns-token-info.parts.js';

export const tag = 'ns-snippet-builder';

/** The token view inside the custom token settings: its parts as `token-info-<part>`. */
export const tokenInfoForward: PartForward = {
  tag: tokenInfoTag,
  parts: tokenInfoParts,
  prefix: 'token-info-',
};

/** The nested elements whose parts `<ns-snippet-builder>` forwards. */
export const forwards: readonly PartForward[] = [copyButtonForward, tokenInfoForward];

/** Every part `<ns-snippet-builder>` can show. */
export const snippetBuilderParts: readonly string[] = [
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
  'snippet',
  'code',
  ...stateParts.filter(part => part !== 'empty-action'),
  ...forwards.flatMap(outerParts),
];
