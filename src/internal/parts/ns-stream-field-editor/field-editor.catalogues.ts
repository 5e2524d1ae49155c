/** `<ns-stream-field-editor>`'s strings in every language, registered under its tag. */
import {defineCatalogues} from '../../../i18n/catalogues.js';
import {fieldEditorStrings} from './field-editor.strings.js';
import {fieldEditorStringsDe} from './field-editor.strings.de.js';

export const fieldEditorCatalogues = defineCatalogues('ns-stream-field-editor', {
  en: fieldEditorStrings,
  de: fieldEditorStringsDe,
});
