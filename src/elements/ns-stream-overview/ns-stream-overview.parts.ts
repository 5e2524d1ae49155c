/**
 * The parts `<ns-stream-overview>` forwards from the elements in its tabs, each with a prefix
 * (`abr-row`) or an established name (`live-processing` for `<ns-live-processing>`'s `base`);
 * names: `../../internal/exportparts.ts`. The manifest analyzer documents them from `forwards`.
 * No DOM, no Lit.
 *
 * @module
 */
import {
  copyButtonForward,
  fieldEditorForward,
  type PartForward,
} from '../../internal/exportparts.js';
import {abrTableParts, tag as abrTableTag} from '../ns-abr-table/ns-abr-table.parts.js';
import {
  liveProcessingParts,
  tag as liveProcessingTag,
} from '../ns-live-processing/ns-live-processing.parts.js';
import {
  snippetBuilderParts,
  tag as snippetBuilderTag,
} from '../ns-snippet-builder/ns-snippet-builder.parts.js';
import {tag as tokenInfoTag, tokenInfoParts} from '../ns-token-info/ns-token-info.parts.js';

export const tag = 'ns-stream-overview';

/** The ABR table: `abr-<part>`; its add controls also under their own names. */
export const abrTableForward: PartForward = {
  tag: abrTableTag,
  parts: abrTableParts,
  prefix: 'abr-',
  names: {
    'add-profile-button': ['add-profile-button', 'abr-add-profile-button'],
    'add-form': ['add-form', 'abr-add-form'],
  },
};

/** Live processing: `live-processing-<part>`, its `base` as `live-processing`. */
export const liveProcessingForward: PartForward = {
  tag: liveProcessingTag,
  parts: liveProcessingParts,
  prefix: 'live-processing-',
  names: {base: 'live-processing'},
};

/** The snippet builder: `snippet-<part>`, its `base` as `snippet-builder`. */
export const snippetBuilderForward: PartForward = {
  tag: snippetBuilderTag,
  parts: snippetBuilderParts,
  prefix: 'snippet-',
  names: {base: 'snippet-builder', snippet: 'snippet'},
};

/** The token section's token view: `token-<part>`, its `base` as `token-info`. */
export const tokenInfoForward: PartForward = {
  tag: tokenInfoTag,
  parts: tokenInfoParts,
  prefix: 'token-',
  names: {base: 'token-info', token: 'token-raw'},
};

/** The nested elements whose parts `<ns-stream-overview>` forwards. */
export const forwards: readonly PartForward[] = [
  copyButtonForward,
  fieldEditorForward,
  abrTableForward,
  liveProcessingForward,
  snippetBuilderForward,
  tokenInfoForward,
];
