/** `<ns-live-processing>`'s strings in every language, registered under its tag. */
import {defineCatalogues, type StringKeyOf} from '../../i18n/catalogues.js';
import {liveProcessingStrings} from './ns-live-processing.strings.js';
import {liveProcessingStringsDe} from './ns-live-processing.strings.de.js';

export const liveProcessingCatalogues = defineCatalogues('ns-live-processing', {
  en: liveProcessingStrings,
  de: liveProcessingStringsDe,
});

/** A key of `<ns-live-processing>`'s catalogue. */
export type LiveProcessingStringKey = StringKeyOf<'ns-live-processing'>;
