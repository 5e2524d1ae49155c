/** `<ns-stream-list>`'s strings in every language, registered under its tag. */
import {defineCatalogues, type StringKeyOf} from '../../i18n/catalogues.js';
import {streamListStrings} from './ns-stream-list.strings.js';
import {streamListStringsDe} from './ns-stream-list.strings.de.js';

export const streamListCatalogues = defineCatalogues('ns-stream-list', {
  en: streamListStrings,
  de: streamListStringsDe,
});

/** A key of `<ns-stream-list>`'s catalogue. */
export type StreamListStringKey = StringKeyOf<'ns-stream-list'>;
