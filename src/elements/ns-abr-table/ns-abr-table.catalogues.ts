/** `<ns-abr-table>`'s strings in every language, registered under its tag. */
import {defineCatalogues} from '../../i18n/catalogues.js';
import {abrTableStrings} from './ns-abr-table.strings.js';
import {abrTableStringsDe} from './ns-abr-table.strings.de.js';

export const abrTableCatalogues = defineCatalogues('ns-abr-table', {
  en: abrTableStrings,
  de: abrTableStringsDe,
});
