// Pure checks of the catalogues and the lookup: no element, no DOM.
import {expect} from '@open-wc/testing';
import {displayLocale, languageOf, localize, sharedStrings} from '../../src/i18n/localize.js';
import {sharedCatalogues} from '../../src/i18n/shared.catalogues.js';
import {type Catalogues} from '../../src/i18n/catalogues.js';
import {formatDate, formatDateTime} from '../../src/i18n/format.js';
import {ALL_CATALOGUES} from './support.js';
import '../../src/index.js';

/** The `{placeholders}` of a template, sorted. */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

describe('i18n catalogues', () => {
  for (const [name, catalogues] of Object.entries(ALL_CATALOGUES)) {
    describe(name, () => {
      const {en, de} = catalogues as Catalogues<string>;

      it('German has exactly the English keys', () => {
        expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('German keeps every placeholder of the English string, and adds none', () => {
        for (const key of Object.keys(en)) {
          expect(placeholders(de[key]!), `${name}.${key}`).to.deep.equal(placeholders(en[key]!));
        }
      });

      it('has no empty string in either language', () => {
        for (const key of Object.keys(en)) {
          expect(en[key]!.trim(), `en ${name}.${key}`).not.to.equal('');
          expect(de[key]!.trim(), `de ${name}.${key}`).not.to.equal('');
        }
      });

      it('keeps product names as they are', () => {
        for (const key of Object.keys(en)) {
          for (const product of ['nanoStream', 'H5Live', 'nanoPlayer', 'Webcaster', 'nanocosmos']) {
            if (en[key]!.includes(product)) {
              expect(de[key], `${name}.${key}`).to.contain(product);
            }
          }
        }
      });
    });
  }

  it('registers each catalogue under its namespace: `shared` or the element’s tag', () => {
    for (const [name, catalogues] of Object.entries(ALL_CATALOGUES)) {
      expect(catalogues.namespace, name).to.equal(name);
      expect(customElements.get(name) !== undefined || name === 'shared', name).to.equal(true);
    }
  });

  it('translates most strings (a German catalogue is not a copy of the English one)', () => {
    for (const [name, catalogues] of Object.entries(ALL_CATALOGUES)) {
      const {en, de} = catalogues as Catalogues<string>;
      const keys = Object.keys(en);
      const same = keys.filter(key => en[key] === de[key]);
      expect(same.length / keys.length, `${name}: ${same.join(', ')}`).to.be.below(0.35);
    }
  });
});

describe('languageOf()', () => {
  it('picks German for de and its regional variants', () => {
    for (const locale of ['de', 'de-DE', 'de-AT', 'de-CH', 'DE-at', 'de_CH']) {
      expect(languageOf(locale), locale).to.equal('de');
    }
  });

  it('falls back to English for every other locale, and for none', () => {
    for (const locale of ['fr', 'fr-FR', 'en', 'en-GB', 'nl', 'dk', '', undefined]) {
      expect(languageOf(locale), String(locale)).to.equal('en');
    }
  });
});

describe('displayLocale()', () => {
  it('takes the provider locale first, then the document lang, then en', () => {
    const root = document.documentElement;
    const lang = root.lang;
    try {
      root.lang = 'de-AT';
      expect(displayLocale('fr-CH')).to.equal('fr-CH');
      expect(displayLocale(undefined)).to.equal('de-AT');
      expect(displayLocale('')).to.equal('de-AT');
      root.lang = '';
      expect(displayLocale(undefined)).to.equal('en');
      root.lang = 'not a locale!';
      expect(displayLocale(undefined)).to.equal('en');
    } finally {
      root.lang = lang;
    }
  });
});

describe('localize()', () => {
  const catalogues = {
    en: {hello: 'Hello {name}', bye: 'Goodbye'},
    de: {hello: 'Hallo {name}', bye: 'Auf Wiedersehen'},
  };

  it('looks a key up in the language of the locale and fills its placeholders', () => {
    expect(localize(catalogues, 'de-CH', undefined, 'hello', {name: 'Ada'})).to.equal('Hallo Ada');
    expect(localize(catalogues, 'fr', undefined, 'hello', {name: 'Ada'})).to.equal('Hello Ada');
    expect(localize(catalogues, 'de', undefined, 'hello')).to.equal('Hallo {name}');
  });

  it('prefers a host override for that key only', () => {
    const overrides = {bye: 'Tschüss'};
    expect(localize(catalogues, 'de', overrides, 'bye')).to.equal('Tschüss');
    expect(localize(catalogues, 'de', overrides, 'hello', {name: 'Ada'})).to.equal('Hallo Ada');
    expect(localize(catalogues, 'en', overrides, 'bye')).to.equal('Tschüss');
  });

  it('ignores an override that is not a string', () => {
    const overrides = {bye: undefined, hello: 42 as unknown as string};
    expect(localize(catalogues, 'de', overrides, 'bye')).to.equal('Auf Wiedersehen');
    expect(localize(catalogues, 'de', overrides, 'hello', {name: 'Ada'})).to.equal('Hallo Ada');
  });
});

describe('sharedStrings()', () => {
  it('is the complete shared catalogue of the language with the overrides on top', () => {
    const de = sharedStrings('de-DE', {retry: 'Nochmal', copy: undefined, other: 'x'});
    expect(de.retry).to.equal('Nochmal');
    expect(de.copy).to.equal(sharedCatalogues.de.copy);
    expect(de.loading).to.equal('Wird geladen…');
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(sharedCatalogues.en).sort());
    expect(sharedStrings('fr').retry).to.equal('Retry');
  });
});

describe('date labels', () => {
  it('takes the UTC label as a template, or leaves it out', () => {
    const date = Date.UTC(2026, 10, 18, 14, 30, 0);
    expect(formatDateTime(date, 'de', {label: '{date} (UTC)'})).to.equal(
      '18.11.2026, 14:30:00 (UTC)',
    );
    expect(formatDateTime(date, 'de')).to.equal('18.11.2026, 14:30:00 UTC');
    expect(formatDate(date, 'de', {label: 'UTC: {date}'})).to.equal('UTC: 18.11.2026');
    expect(formatDate(date, 'en', {label: false})).to.equal('Nov 18, 2026');
  });
});
