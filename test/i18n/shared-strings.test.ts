import {expect} from '@open-wc/testing';
import {strings} from '../../src/i18n/shared.strings.js';
import {t} from '../../src/i18n/localize.js';
import type {Strings} from '../../src/i18n/shared.strings.js';

describe('strings / t()', () => {
  it('returns the English text for a key', () => {
    expect(t('retry')).to.equal('Retry');
    expect(t('loading')).to.equal(strings.loading);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('errorCode', {code: 2001})).to.equal('(code 2001)');
    expect(t('errorCode')).to.equal('(code {code})');
    expect(t('errorStatus', {other: 1})).to.equal('HTTP status {status}');
  });

  it('prefers overrides, falling back to the catalogue for missing keys', () => {
    expect(t('retry', undefined, {retry: 'Erneut versuchen'})).to.equal('Erneut versuchen');
    expect(t('copy', undefined, {retry: 'Erneut versuchen'})).to.equal('Copy');
  });

  it('accepts another complete catalogue (a translation)', () => {
    const german: Strings = {
      ...strings,
      errorCode: '(Fehlercode {code})',
      retry: 'Erneut versuchen',
    };
    expect(t('errorCode', {code: 7}, undefined, german)).to.equal('(Fehlercode 7)');
    expect(t('retry', undefined, {retry: 'Nochmal'}, german)).to.equal('Nochmal');
  });
});
