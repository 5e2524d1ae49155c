/** `<ns-token-info>`'s strings in every language, registered under its tag. */
import {defineCatalogues, type StringKeyOf} from '../../i18n/catalogues.js';
import {tokenInfoStrings} from './ns-token-info.strings.js';
import {tokenInfoStringsDe} from './ns-token-info.strings.de.js';

export const tokenInfoCatalogues = defineCatalogues('ns-token-info', {
  en: tokenInfoStrings,
  de: tokenInfoStringsDe,
});

/** A key of `<ns-token-info>`'s catalogue. */
export type TokenInfoStringKey = StringKeyOf<'ns-token-info'>;
