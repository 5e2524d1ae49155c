import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {ContextProvider} from '@lit/context';
import {createSession, sessionContext} from '../../src/context.js';
import {defineCatalogues} from '../../src/i18n/catalogues.js';
import {documentLang, watchDocumentLang} from '../../src/i18n/document-lang.js';
import {Localizer} from '../../src/i18n/localizer.js';
import type {NsStrings} from '../../src/i18n/catalogues.js';

const en = {greeting: 'Hello {name}', farewell: 'Goodbye'} as const;
const de = {greeting: 'Hallo {name}', farewell: 'Tschüss'};
// A namespace of the library stands in for this test element's (the keys need not match it).
const catalogues = defineCatalogues('ns-token-info', {
  en: {...en} as never,
  de: {...de} as never,
}) as never;

class LocalizedProbe extends LitElement {
  @property({attribute: false}) strings?: Record<string, string>;
  readonly i18n: Localizer<'ns-token-info'> = new Localizer(this, {
    catalogues,
    overrides: () => this.strings,
  });
  renders = 0;
  override render() {
    this.renders++;
    const text = this.i18n.text.bind(this.i18n) as (key: string, vars?: object) => string;
    return html`<p>${text('greeting', {name: 'Ada'})}</p>
      <p>${text('farewell')}</p>
      <p>${this.i18n.shared().retry}</p>`;
  }
}
customElements.define('test-localized-probe', LocalizedProbe);

class SessionHost extends HTMLElement {
  readonly provider = new ContextProvider(this, {
    context: sessionContext,
    initialValue: createSession({status: 'ready', locale: 'en', dashboardUrl: ''}),
  });
  set session(init: {locale: string; strings?: NsStrings}) {
    this.provider.setValue(createSession({status: 'ready', dashboardUrl: '', ...init}));
  }
}
customElements.define('test-session-host', SessionHost);

const texts = (el: LocalizedProbe) =>
  [...el.shadowRoot!.querySelectorAll('p')].map(p => p.textContent ?? '');

describe('Localizer', () => {
  let lang: string;
  beforeEach(() => (lang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = lang));

  it('reads the locale and the strings from the session, without the element consuming it', async () => {
    const host = await fixture<SessionHost>(
      html`<test-session-host><test-localized-probe></test-localized-probe></test-session-host>`,
    );
    const el = host.querySelector<LocalizedProbe>('test-localized-probe')!;
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Hello Ada', 'Goodbye', 'Retry']);
    host.session = {locale: 'de-AT'};
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Hallo Ada', 'Tschüss', 'Erneut versuchen']);
    expect(el.i18n.locale).to.equal('de-AT');
  });

  it('takes the element’s own override over its namespace’s, and that over `shared`', async () => {
    const host = await fixture<SessionHost>(
      html`<test-session-host><test-localized-probe></test-localized-probe></test-session-host>`,
    );
    const el = host.querySelector<LocalizedProbe>('test-localized-probe')!;
    host.session = {
      locale: 'en',
      strings: {
        'ns-token-info': {farewell: 'See you', retry: 'Again, token info'} as never,
        'ns-abr-table': {farewell: 'Not mine'} as never,
        shared: {retry: 'Again, everyone'},
      },
    };
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Hello Ada', 'See you', 'Again, token info']);
    el.strings = {farewell: 'Bye from the element'};
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Hello Ada', 'Bye from the element', 'Again, token info']);
  });

  it('follows the document’s lang without a provider, and stops when disconnected', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocalizedProbe>(html`<test-localized-probe></test-localized-probe>`);
    document.documentElement.lang = 'de';
    await new Promise(resolve => setTimeout(resolve));
    await el.updateComplete;
    expect(texts(el)[1]).to.equal('Tschüss');
    el.remove();
    const renders = el.renders;
    document.documentElement.lang = 'en';
    await new Promise(resolve => setTimeout(resolve));
    expect(el.renders).to.equal(renders);
  });
});

describe('watchDocumentLang()', () => {
  let lang: string;
  beforeEach(() => (lang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = lang));

  it('calls every subscriber on a change, and none after they leave', async () => {
    const calls: string[] = [];
    const stopA = watchDocumentLang(document, () => calls.push(`a:${documentLang()}`));
    const stopB = watchDocumentLang(document, () => calls.push(`b:${documentLang()}`));
    document.documentElement.lang = 'de';
    await new Promise(resolve => setTimeout(resolve));
    expect(calls).to.deep.equal(['a:de', 'b:de']);
    stopA();
    stopA();
    document.documentElement.lang = 'fr';
    await new Promise(resolve => setTimeout(resolve));
    expect(calls).to.deep.equal(['a:de', 'b:de', 'b:fr']);
    stopB();
    document.documentElement.lang = 'en';
    await new Promise(resolve => setTimeout(resolve));
    expect(calls.length).to.equal(3);
  });
});
