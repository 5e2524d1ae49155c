/** The shared strings (loading, retry, errors, copy buttons, notes) registered in every language. */
import {defineCatalogues} from './catalogues.js';
import {strings} from './shared.strings.js';
import {stringsDe} from './shared.strings.de.js';

/** The shared catalogue per language: namespace `shared`. */
export const sharedCatalogues = defineCatalogues('shared', {en: strings, de: stringsDe});
