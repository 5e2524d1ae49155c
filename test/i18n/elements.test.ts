// Every element in German: characteristic texts shown, no English catalogue string left over.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {LitElement} from 'lit';
import '../../src/index.js';
import type {NsAbrTable} from '../../src/elements/ns-abr-table/ns-abr-table.js';
import type {NsApiProvider} from '../../src/elements/ns-api-provider/ns-api-provider.js';
import type {NsLiveProcessing} from '../../src/elements/ns-live-processing/ns-live-processing.js';
import type {NsSnippetBuilder} from '../../src/elements/ns-snippet-builder/ns-snippet-builder.js';
import type {NsStreamFieldEditor} from '../../src/internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import type {NsStreamList} from '../../src/elements/ns-stream-list/ns-stream-list.js';
import type {NsStreamOverview} from '../../src/elements/ns-stream-overview/ns-stream-overview.js';
import type {NsStreamSearch} from '../../src/elements/ns-stream-search/ns-stream-search.js';
import type {NsTokenInfo} from '../../src/elements/ns-token-info/ns-token-info.js';
import {BintuClient} from '../../src/api/client.js';
import type {MockServer} from '../../src/mock/index.js';
import {withMockProvider, type ProviderFixtureOptions} from '../helpers/fixtures.js';
import {
  $,
  $$,
  liveGroup,
  liveSecureSingle,
  liveSingle,
  textOf,
  type Chooser,
} from '../elements/ns-stream-overview/support.js';
import {englishShown, expectNoEnglish, expectShows, textsOf} from './support.js';

const DE: ProviderFixtureOptions = {locale: 'de', role: 'nanoAdmin'};
/** A date and time as `Intl` writes it in German, e.g. "18.11.2026, 14:30:00". */
const GERMAN_DATE_TIME = /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}/;

const headersOf = (el: Element, selector = 'thead th') =>
  [...el.shadowRoot!.querySelectorAll(selector)].map(th => textOf(th));

async function streamList(options: ProviderFixtureOptions = DE) {
  const {provider, el} = await withMockProvider<NsStreamList>(
    html`<ns-stream-list></ns-stream-list>`,
    options,
  );
  await listSettled(el);
  return {provider, el, server: provider.mockServer!};
}

async function listSettled(el: NsStreamList) {
  await el.updateComplete;
  await waitUntil(
    () =>
      !el.shadowRoot!.querySelector('[part~="pending"]') &&
      el.shadowRoot!.querySelector('tbody tr[data-key], [part="empty"], [part="error"]'),
    'the list did not finish loading',
    {timeout: 5000},
  );
}

async function streamPage<T extends LitElement & {streamId: string}>(
  template: ReturnType<typeof html>,
  choose: Chooser,
  ready: (el: T) => unknown,
  options: ProviderFixtureOptions = DE,
) {
  const {provider, el} = await withMockProvider<T>(template, options);
  const server = provider.mockServer!;
  const stream = choose(server);
  el.streamId = stream.id;
  await waitUntil(() => ready(el), `<${el.localName}> did not load`, {timeout: 5000});
  await el.updateComplete;
  return {provider, el, server, stream};
}

/** Waits until every nested element inside `el` has rendered. */
async function nestedSettled(el: Element) {
  const pending: Promise<unknown>[] = [];
  const visit = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if ('updateComplete' in child)
        pending.push((child as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(el.shadowRoot!);
  await Promise.all(pending);
}

async function tokenFor(server: MockServer, hours = 3) {
  const group = server.org.streams.find(s => s.streamgroup === s.id && s.state !== 'deleted')!;
  const client = new BintuClient({fetch: server.fetch, apiKey: server.apiKey});
  return client.createPlaybackToken({
    groupid: group.id,
    exp: Math.floor((Date.now() + hours * 3600_000 + 30_000) / 1000),
    domain: 'portal.example.com',
  });
}

describe('i18n: German (locale="de" on the provider)', () => {
  describe('<ns-stream-list>', () => {
    it('shows German columns, filters, rows and paging', async () => {
      const {el} = await streamList();
      expect(headersOf(el)).to.deep.equal([
        'Status',
        'Stream-ID',
        'Streamname',
        'Streamgruppe',
        'Zuletzt aktualisiert (UTC)',
        'Tags',
      ]);
      expectShows(
        el,
        'Zeilen pro Seite',
        'Zuletzt aktualisiert',
        'Alle',
        'Beendet',
        'Vormonat',
        'Letzte 3 Monate',
        'Streamgruppen als einzelne Streams anzeigen',
        'Tag-Filter hinzufügen',
        'Nächste Seite',
      );
      const range = textOf(el.shadowRoot!.querySelector('[part="range"]'));
      expect(range).to.match(/^1–25 von \d+$/);
      const groups = $$(el, 'tbody td.group').map(td => textOf(td));
      expect(groups.some(g => /^Streamgruppe \(\d+ Playouts\)/.test(g) || g === 'Einzelstream')).to
        .be.true;
      const badges = $$(el, '[part="state-badge"]').map(b => textOf(b));
      expect(
        badges.every(b => ['live', 'erstellt', 'beendet', 'gesperrt'].includes(b)),
        badges.join(),
      ).to.be.true;
      const updated = $$(el, 'tbody td time').map(t => textOf(t));
      expect(updated[0]).to.match(GERMAN_DATE_TIME);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('shows a group’s playouts in German', async () => {
      const {el} = await streamList();
      const expand = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand-button"]')!;
      expand.click();
      await el.updateComplete;
      const member = textOf(el.shadowRoot!.querySelector('tr[data-kind="member"]'));
      expect(member).to.contain('Passthrough (Originalstream)').and.to.contain('Streamgruppen-ID');
      expectNoEnglish(el);
    });

    it('shows the empty and error states in German', async () => {
      const {el, server} = await streamList();
      el.tags = ['there-is-no-such-tag'];
      await listSettled(el);
      expectShows(el, 'Keine Streams entsprechen diesen Filtern', 'Filter zurücksetzen');
      expectNoEnglish(el);

      server.inject('listStreams', {network: true});
      try {
        el.tags = [];
        el.state = 'ended';
        await listSettled(el);
        expectShows(
          el,
          'Die nanoStream-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
          'Erneut versuchen',
        );
        expectNoEnglish(el);
      } finally {
        server.clearFaults();
      }
    });
  });

  describe('<ns-stream-search>', () => {
    it('shows its field, validation and result in German', async () => {
      const {el} = await withMockProvider<NsStreamSearch>(
        html`<ns-stream-search></ns-stream-search>`,
        DE,
      );
      await el.updateComplete;
      expectShows(el, 'Streams durchsuchen', 'Stream-ID oder Streamname', 'Suchen');
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      await sendKeys({type: 'nope'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part~="message"]'))).to.match(
        /^Geben Sie eine Stream-ID .* unterscheidet Groß- und Kleinschreibung\.$/,
      );
      expectNoEnglish(el);

      input.select();
      await sendKeys({press: 'Backspace'});
      await sendKeys({type: 'ZZZZZ-99999'});
      await sendKeys({press: 'Enter'});
      await waitUntil(
        () => textOf(el.shadowRoot!.querySelector('[part~="message"]')) === 'Kein Stream gefunden',
        'no German "not found"',
      );
      expectNoEnglish(el);
    });
  });

  describe('<ns-stream-overview>', () => {
    const overview = (choose: Chooser) =>
      streamPage<NsStreamOverview>(html`<ns-stream-overview></ns-stream-overview>`, choose, el =>
        el.shadowRoot!.querySelector('[part="header"], [part="not-found"]'),
      );

    it('shows the header, quick actions, tabs and sections of a stream in German', async () => {
      const {el} = await overview(liveSingle);
      await nestedSettled(el);
      const header = textOf(el.shadowRoot!.querySelector('[part="header"]'));
      expect(header).to.contain('Einzelstream').and.to.contain('Stream-ID');
      expect(header).to.match(new RegExp(`Erstellt am ${GERMAN_DATE_TIME.source} UTC`));
      expectShows(
        el,
        'nanoStream Webcaster starten',
        'Stream ansehen',
        'Anleitung anzeigen',
        'Stoppen & sperren',
        'Löschen',
        'Übersicht',
        'Live-Verarbeitung',
        'Code-Snippets',
        'Stream-Details',
        'Aktualisiert am',
        'Ingest-Informationen',
        'RTMP-Ingest-URL',
        'H5Live-Playout',
        'Live-Playout-URL',
        'Kopieren',
        'Bearbeiten',
      );
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('asks for confirmation in German', async () => {
      const {el} = await overview(liveSingle);
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'no dialog');
      expectShows(el, 'Diesen Stream löschen?', 'Abbrechen');
      expect(textOf(el.shadowRoot!.querySelector('#dialog-body'))).to.match(
        /^Der Stream .+ wird gelöscht\. Das lässt sich nicht rückgängig machen\.$/,
      );
      expectNoEnglish(el);
      $<HTMLButtonElement>(el, '[part="cancel-button"]').click();
    });

    it('shows a group with its ABR table in German', async () => {
      const {el} = await overview(liveGroup);
      await waitUntil(
        () =>
          el
            .shadowRoot!.querySelector<NsAbrTable>('ns-abr-table')
            ?.shadowRoot?.querySelector('table'),
        'the ABR table did not load',
        {timeout: 5000},
      );
      await nestedSettled(el);
      expect(textOf(el.shadowRoot!.querySelector('[part="header"]'))).to.contain(
        'Streamgruppe (3 Playouts)',
      );
      expectShows(el, 'Details der Streamgruppe', 'Adaptive Bitrate (ABR)', 'Originalstream');
      expectNoEnglish(el);
    });

    it('shows the secure playback token in German', async () => {
      const {el} = await overview(liveSecureSingle);
      await waitUntil(
        () =>
          el
            .shadowRoot!.querySelector<NsTokenInfo>('ns-token-info')
            ?.shadowRoot?.querySelector('dl'),
        'the token was not shown',
        {timeout: 5000},
      );
      await nestedSettled(el);
      expectShows(el, 'Geschützt', 'Token für geschützte Wiedergabe', 'Gültig bis');
      expectNoEnglish(el);
    });
  });

  describe('<ns-abr-table>', () => {
    it('shows the playouts of a group in German', async () => {
      const {el} = await streamPage<NsAbrTable>(
        html`<ns-abr-table></ns-abr-table>`,
        liveGroup,
        el => el.shadowRoot!.querySelector('table'),
      );
      await nestedSettled(el);
      expectShows(el, 'Streamgruppe (3 Playouts)', 'Streamgruppen-ID', 'Originalstream');
      expect(headersOf(el, 'thead th')).to.deep.equal([
        'Playout',
        'Streamname',
        'Push-URL',
        'Tags',
        'Auflösung',
        'Bitrate',
        'Bildrate',
      ]);
      expect(textOf(el.shadowRoot!.querySelector('tbody'))).to.match(/\d+ (kbit|Mbit)\/s/);
      expectShows(el, 'Profil hinzufügen');
      expectNoEnglish(el);

      $<HTMLButtonElement>(el, '[part="add-profile-button"]').click();
      await el.updateComplete;
      expectShows(el, 'Transcoding-Profil', 'Hinzufügen', 'Abbrechen');
      expectNoEnglish(el);
    });
  });

  describe('the tags and push URL editor', () => {
    it('edits in German and says what is wrong in German', async () => {
      const {el} = await streamPage<NsAbrTable>(
        html`<ns-abr-table></ns-abr-table>`,
        liveGroup,
        el => el.shadowRoot!.querySelector('table'),
      );
      const editor = $<NsStreamFieldEditor>(el, 'ns-stream-field-editor[field="push-url"]');
      await editor.updateComplete;
      expect(
        editor.shadowRoot!.querySelector('[part="edit-button"]')!.getAttribute('aria-label'),
      ).to.match(/^Push-URL von .+ bearbeiten$/);
      $<HTMLButtonElement>(editor, '[part="edit-button"]').click();
      await waitUntil(() => editor.shadowRoot!.querySelector('input'), 'the editor did not open');
      expectShows(
        editor,
        'Speichern',
        'Abbrechen',
        'Eine URL mit rtmp:// oder rtmps://; leer lassen, um sie zu entfernen.',
      );
      const input = $<HTMLInputElement>(editor, 'input');
      input.focus();
      input.select();
      await sendKeys({type: 'http://example.org/live'});
      await sendKeys({press: 'Enter'});
      await editor.updateComplete;
      expectShows(
        editor,
        'Geben Sie eine URL ein, die mit rtmp:// oder rtmps:// beginnt, z. B. rtmp://example.org/live/streamkey.',
      );
      expectNoEnglish(editor);
    });
  });

  describe('<ns-live-processing>', () => {
    const processing = (process = 'thumbs', options: ProviderFixtureOptions = DE) =>
      streamPage<NsLiveProcessing>(
        html`<ns-live-processing process=${process}></ns-live-processing>`,
        liveSingle,
        el => el.shadowRoot!.querySelector('[part="details"], [part="upgrade"]'),
        options,
      );

    it('shows processes, details and settings in German', async () => {
      const {el} = await processing();
      await nestedSettled(el);
      expectShows(
        el,
        'Vorschaubilder',
        'Motion-Clips',
        'Live-Replay',
        'Aufzeichnung',
        'Qualität',
        'Intervall',
        'Aktualisieren',
        'Einstellungen',
        'Einstellungen speichern',
        'Zurücksetzen',
        'Intervall (Sekunden)',
      );
      const status = textOf(el.shadowRoot!.querySelector('[part="status"]'));
      expect(['aktiv', 'inaktiv']).to.include(status);
      expectNoEnglish(el);
    });

    it('shows replay sessions and recordings in German', async () => {
      const replay = await processing('replay');
      expectShows(replay.el, 'Replay-Sessions', 'Dauer', 'Gesamter Stream');
      expectNoEnglish(replay.el);
      const rec = await processing('rec');
      expectShows(rec.el, 'Aufzeichnungen');
      expectNoEnglish(rec.el);
    });

    it('shows the upgrade note in German', async () => {
      const {el} = await processing('thumbs', {...DE, mockOptions: {features: {opcodes: false}}});
      expectShows(el, 'Upgrade erforderlich', 'nanocosmos kontaktieren, um sie freizuschalten');
      expectNoEnglish(el);
    });
  });

  describe('<ns-snippet-builder>', () => {
    it('shows settings, snippets and token settings in German', async () => {
      const {el} = await streamPage<NsSnippetBuilder>(
        html`<ns-snippet-builder></ns-snippet-builder>`,
        liveGroup,
        el => el.htmlSnippet !== '',
      );
      await nestedSettled(el);
      expectShows(
        el,
        'Snippet-Einstellungen',
        'Startqualität',
        'Automatisch (adaptiv)',
        'Modus der Latenzsteuerung',
        'Ausgewogen adaptiv (Standard)',
        'Live-Playout-URL',
        'iFrame-Snippet',
        'HTML-Snippet',
        'HTML-Snippet kopieren',
        'Kopieren',
        'Token-Einstellungen',
        'Token erzeugen',
        'Gültig ab (UTC)',
      );
      expectNoEnglish(el);

      const ip = $<HTMLInputElement>(el, '#token-ip');
      el.shadowRoot!.querySelector<HTMLDetailsElement>('details')!.open = true;
      ip.focus();
      await sendKeys({type: 'nope'});
      $<HTMLButtonElement>(el, '[part="generate-button"]').click();
      await el.updateComplete;
      expectShows(
        el,
        '„nope“ ist weder eine IPv4-Adresse noch ein CIDR-Bereich.',
        'Bitte korrigieren Sie die markierten Felder. Es wurde nichts gesendet.',
      );
      expectNoEnglish(el);
    });
  });

  describe('<ns-token-info>', () => {
    it('shows a decoded token in German, with a German badge and dates', async () => {
      const {provider, el} = await withMockProvider<NsTokenInfo>(
        html`<ns-token-info></ns-token-info>`,
        DE,
      );
      el.token = await tokenFor(provider.mockServer!);
      await el.updateComplete;
      await nestedSettled(el);
      expectShows(
        el,
        'JWT-Token',
        'Kopieren',
        'Status',
        'Gültig ab',
        'Gültig bis',
        'Gilt für',
        'Algorithmus',
        'Schlüssel-ID',
        'Aussteller',
        'Optionale Einstellungen',
        'Nicht festgelegt',
        'Im Browser decodiert: Die Signatur wird hier nicht geprüft.',
      );
      expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.equal(
        'Läuft in 3 Stunden ab',
      );
      expect(textOf(el.shadowRoot!.querySelector('time'))).to.match(
        new RegExp(`^${GERMAN_DATE_TIME.source} UTC$`),
      );
      expectNoEnglish(el);

      el.token = 'not-a-token';
      await el.updateComplete;
      expectShows(el, 'Ungültiges Token');
      expectNoEnglish(el);
    });
  });

  describe('<ns-api-provider>', () => {
    it('shows its own error in German', async () => {
      // A mock that cannot be set up: the provider has no client to give, and says so.
      const provider = await fixture<NsApiProvider>(
        html`<ns-api-provider
          mock
          locale="de"
          .mockOptions=${{latencyMs: 0, hash: 'not a hash'}}
        ></ns-api-provider>`,
      );
      await waitUntil(() => provider.status === 'error', 'the provider did not fail');
      await provider.updateComplete;
      expectShows(provider, 'Erneut versuchen');
      expectNoEnglish(provider);
    });

    it('says in German that the role is unknown', async () => {
      const provider = await fixture<NsApiProvider>(
        html`<ns-api-provider mock locale="de" .mockOptions=${{latencyMs: 0}}></ns-api-provider>`,
      );
      await waitUntil(() => provider.status !== 'loading', 'the provider did not load');
      provider.mockServer!.inject('getUser', {status: 404, body: 'Not Found'});
      await provider.reload();
      await waitUntil(() => provider.status === 'ready', 'the provider did not load again');
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="note"]')!.textContent).to.match(/Rolle/);
      expectNoEnglish(provider);
      provider.mockServer!.clearFaults();
    });
  });
});

describe('i18n: choosing the language', () => {
  it('follows the document’s lang when the provider has no locale', async () => {
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = 'de';
    try {
      const {el} = await streamList({role: 'nanoAdmin'});
      expect(headersOf(el)[4]).to.equal('Zuletzt aktualisiert (UTC)');
      expectNoEnglish(el);
    } finally {
      root.lang = lang;
    }
  });

  it('follows the document’s lang without a provider, also when it changes', async () => {
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = 'de-DE';
    try {
      const el = await fixture<NsTokenInfo>(html`<ns-token-info token="nope"></ns-token-info>`);
      expectShows(el, 'Ungültiges Token', 'JWT-Token', 'Kopieren');
      root.lang = 'en';
      await waitUntil(
        () => textOf(el.shadowRoot!.querySelector('[part="invalid"]')) === 'Invalid token',
      );
      expectShows(el, 'JWT token', 'Copy');
    } finally {
      root.lang = lang;
    }
  });

  it('picks German for de-AT and English for fr', async () => {
    const austrian = await streamList({locale: 'de-AT', role: 'nanoAdmin'});
    expect(headersOf(austrian.el)[1]).to.equal('Stream-ID');
    expectNoEnglish(austrian.el);

    const french = await streamList({locale: 'fr', role: 'nanoAdmin'});
    expect(headersOf(french.el)).to.deep.equal([
      'State',
      'Stream ID',
      'Streamname',
      'Streamgroup',
      'Last Updated (UTC)',
      'Tags',
    ]);
    expectShows(french.el, 'Rows per page');
  });

  it('switches language when the provider’s locale changes', async () => {
    const {provider, el} = await streamList();
    expect(headersOf(el)[0]).to.equal('Status');
    provider.locale = 'en';
    await provider.updateComplete;
    await el.updateComplete;
    expect(headersOf(el)[0]).to.equal('State');
    expect(englishShown(el)).not.to.deep.equal([]);
  });
});

describe('i18n: a host’s partial override', () => {
  it('replaces one string and leaves the rest German', async () => {
    const {el} = await streamList();
    el.strings = {columnId: 'Kennung'};
    await el.updateComplete;
    expect(headersOf(el)).to.deep.equal([
      'Status',
      'Kennung',
      'Streamname',
      'Streamgruppe',
      'Zuletzt aktualisiert (UTC)',
      'Tags',
    ]);
    expectNoEnglish(el);
  });

  it('replaces one string and leaves the rest English', async () => {
    const {el} = await streamList({role: 'nanoAdmin'});
    el.strings = {columnName: 'Name'};
    await el.updateComplete;
    expect(headersOf(el)).to.deep.equal([
      'State',
      'Stream ID',
      'Name',
      'Streamgroup',
      'Last Updated (UTC)',
      'Tags',
    ]);
  });

  it('replaces a shared string (Retry) in German', async () => {
    const {el, server} = await streamList();
    el.strings = {retry: 'Nochmal laden'};
    server.inject('listStreams', {network: true});
    try {
      el.state = 'locked';
      await listSettled(el);
      expectShows(el, 'Nochmal laden');
      expect(textOf(el.shadowRoot!.querySelector('[part="error-message"]'))).to.equal(
        'Die nanoStream-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
      );
    } finally {
      server.clearFaults();
    }
  });

  it('passes an override on from <ns-stream-overview> to its editors and copy buttons', async () => {
    const {el} = await streamPage<NsStreamOverview>(
      html`<ns-stream-overview></ns-stream-overview>`,
      liveSingle,
      el => el.shadowRoot!.querySelector('[part="header"]'),
    );
    el.strings = {edit: 'Ändern', copy: 'In die Zwischenablage', watch: 'Anschauen'};
    await el.updateComplete;
    await nestedSettled(el);
    const editor = $<NsStreamFieldEditor>(el, 'ns-stream-field-editor[field="tags"]');
    expect(textOf($(editor, '[part="edit-button"]'))).to.equal('Ändern');
    expectShows(el, 'In die Zwischenablage', 'Anschauen', 'Anleitung anzeigen', 'Stream-Details');
    expectNoEnglish(el);
  });
});

describe('i18n: strings set once on <ns-api-provider>', () => {
  const overviewOf = (options: ProviderFixtureOptions) =>
    streamPage<NsStreamOverview>(
      html`<ns-stream-overview></ns-stream-overview>`,
      liveGroup,
      el => el.shadowRoot!.querySelector('[part="header"]'),
      options,
    );

  it('reach every nested element by its own tag, even where keys collide', async () => {
    const {provider, el} = await overviewOf({role: 'nanoAdmin'});
    provider.strings = {
      // `streamgroupId` is a key of both the overview and the ABR table: each gets its own.
      'ns-stream-overview': {streamgroupId: 'Group of the overview'},
      'ns-abr-table': {heading: 'Ladder with {count}', streamgroupId: 'Group of the ladder'},
      'ns-stream-field-editor': {edit: 'Change'},
      shared: {copy: 'Take a copy'},
    };
    await provider.updateComplete;
    await el.updateComplete;
    await nestedSettled(el);
    const abr = $<NsAbrTable>(el, 'ns-abr-table');
    await waitUntil(
      () => textOf($(abr, '[part="heading"]')).startsWith('Ladder with'),
      'no heading',
    );
    expectShows(el, 'Group of the overview');
    expect(textsOf(abr).includes('Group of the ladder')).to.equal(true);
    expect(textsOf(abr).includes('Group of the overview')).to.equal(false);
  });

  it('reach the editors and copy buttons inside an element', async () => {
    const {provider, el} = await streamPage<NsStreamOverview>(
      html`<ns-stream-overview></ns-stream-overview>`,
      liveSingle,
      el => el.shadowRoot!.querySelector('[part="header"]'),
      {role: 'nanoAdmin'},
    );
    provider.strings = {'ns-stream-field-editor': {edit: 'Change'}, shared: {copy: 'Take a copy'}};
    await provider.updateComplete;
    await el.updateComplete;
    await nestedSettled(el);
    const editor = $<NsStreamFieldEditor>(el, 'ns-stream-field-editor[field="tags"]');
    expect(textOf($(editor, '[part="edit-button"]'))).to.equal('Change');
    const copyLabels = $$(el, 'ns-copy-button').map(button => textOf($(button, 'button')));
    expect(
      copyLabels.length > 0 && copyLabels.every(label => label.includes('Take a copy')),
    ).to.equal(true);
  });

  it('yield to an element’s own strings, key by key', async () => {
    const {provider, el} = await overviewOf({role: 'nanoAdmin'});
    provider.strings = {'ns-stream-overview': {tab_overview: 'From the provider', watch: 'Play'}};
    el.strings = {tab_overview: 'From the element'};
    await provider.updateComplete;
    await el.updateComplete;
    expectShows(el, 'From the element', 'Play');
    expect(textsOf(el).includes('From the provider')).to.equal(false);
  });

  it('stand in German beside the catalogue, and go when taken away', async () => {
    const {provider, el} = await overviewOf(DE);
    provider.strings = {'ns-stream-overview': {tab_overview: 'Start'}};
    await provider.updateComplete;
    await el.updateComplete;
    expectShows(el, 'Start');
    expectNoEnglish(el);
    provider.strings = undefined;
    await provider.updateComplete;
    await el.updateComplete;
    expect(textsOf(el).includes('Start')).to.equal(false);
    expectNoEnglish(el);
  });
});
