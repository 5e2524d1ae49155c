/** `<ns-stream-overview>`'s strings in every language, registered under its tag. */
import {defineCatalogues} from '../../i18n/catalogues.js';
import {streamOverviewStrings} from './ns-stream-overview.strings.js';
import {streamOverviewStringsDe} from './ns-stream-overview.strings.de.js';

export const streamOverviewCatalogues = defineCatalogues('ns-stream-overview', {
  en: streamOverviewStrings,
  de: streamOverviewStringsDe,
});
