/**
 * `<ns-live-processing>`'s parts, its own and those it forwards (names:
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

export const tag = 'ns-live-processing';

/** The nested elements whose parts `<ns-live-processing>` forwards. */
export const forwards: readonly PartForward[] = [copyButtonForward];

/** Every part `<ns-live-processing>` can show. */
export const liveProcessingParts: readonly string[] = [
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
  ...forwards.flatMap(outerParts),
];
