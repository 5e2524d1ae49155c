/** `<ns-token-info>`'s strings in every language, registered under its tag. */
import {defineCatalogues} from '../../i18n/catalogues.js';
import {tokenInfoStrings} from './ns-token-info.strings.js';
import {tokenInfoStringsDe} from './ns-token-info.strings.de.js';

export const tokenInfoCatalogues = defineCatalogues('ns-token-info', {
  en: tokenInfoStrings,
  de: tokenInfoStringsDe,
});
