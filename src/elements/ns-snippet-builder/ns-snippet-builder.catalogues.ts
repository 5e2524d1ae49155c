/** `<ns-snippet-builder>`'s strings in every language, registered under its tag. */
import {defineCatalogues, type StringKeyOf} from '../../i18n/catalogues.js';
import {snippetBuilderStrings} from './ns-snippet-builder.strings.js';
import {snippetBuilderStringsDe} from './ns-snippet-builder.strings.de.js';

export const snippetBuilderCatalogues = defineCatalogues('ns-snippet-builder', {
  en: snippetBuilderStrings,
  de: snippetBuilderStringsDe,
});

/** A key of `<ns-snippet-builder>`'s catalogue. */
export type SnippetBuilderStringKey = StringKeyOf<'ns-snippet-builder'>;
