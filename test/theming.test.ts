// White-label theming across every element: the --ns-* tokens, ::part() through exportparts, and
// the provider's themes. One page holds every element, nested ones included, as a portal shows them.
import {expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {NsStreamOverview} from '../src/elements/ns-stream-overview/ns-stream-overview.js';
import type {MockServer} from '../src/mock/index.js';
import {abrTableParts} from '../src/elements/ns-abr-table/ns-abr-table.parts.js';
import {liveProcessingParts} from '../src/elements/ns-live-processing/ns-live-processing.parts.js';
import {snippetBuilderParts} from '../src/elements/ns-snippet-builder/ns-snippet-builder.parts.js';
import {tokenInfoParts} from '../src/elements/ns-token-info/ns-token-info.parts.js';
import {copyButtonParts, fieldEditorParts} from '../src/internal/exportparts.js';
import {darkColorTokens, lightColorTokens} from '../src/internal/styles.js';
import {globalTokens} from '../src/internal/tokens.js';
import {computedColor} from './helpers/css.js';
import {withMockProvider} from './helpers/fixtures.js';
import {liveSingle, pick, type MockRecord} from './elements/ns-stream-overview/support.js';

/** Every ns element in the page, through every shadow root, in document order. */
function nsElements(root: Document | ShadowRoot = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('ns-') && el.shadowRoot) found.push(el);
    if (el.shadowRoot) found.push(...nsElements(el.shadowRoot));
  }
  return found;
}

/** Every element of `tag` in the page. */
const all = (tag: string) => nsElements().filter(el => el.localName === tag);

const styleOf = (el: Element) => getComputedStyle(el);

const computed = computedColor;

/** What a token restyles: a node inside the element's shadow root and one of its properties. */
interface Probe {
  selector: string;
  property: 'backgroundColor' | 'color' | 'borderTopColor' | 'borderTopLeftRadius' | 'fontFamily';
}

/** The part of every element that shows its surface colour (`:host` when the host paints it). */
const SURFACE: Record<string, Probe> = {
  'ns-api-provider': {selector: ':host', property: 'backgroundColor'},
  'ns-stream-search': {selector: '[part="input"]', property: 'backgroundColor'},
  'ns-stream-list': {selector: ':host', property: 'backgroundColor'},
  'ns-stream-overview': {selector: ':host', property: 'backgroundColor'},
  'ns-abr-table': {selector: '[part="profile-select"]', property: 'backgroundColor'},
  'ns-live-processing': {selector: ':host', property: 'backgroundColor'},
  'ns-snippet-builder': {selector: ':host', property: 'backgroundColor'},
  'ns-token-info': {selector: '[part="base"]', property: 'backgroundColor'},
  'ns-copy-button': {selector: '[part="button"]', property: 'backgroundColor'},
  'ns-stream-field-editor': {selector: '[part="edit-button"]', property: 'backgroundColor'},
};

/** A node in the accent colour (a primary button, a link-like button, the selection). */
const ACCENT: Record<string, Probe> = {
  'ns-stream-search': {selector: '[part="button"]', property: 'backgroundColor'},
  'ns-stream-list': {selector: '[part="expand-button"]', property: 'color'},
  'ns-stream-overview': {selector: '[part="tab"][aria-selected="true"]', property: 'color'},
  'ns-abr-table': {selector: '[part="add-button"]', property: 'backgroundColor'},
  'ns-live-processing': {
    selector: '[part="process"][aria-current="true"]',
    property: 'borderTopColor',
  },
  'ns-snippet-builder': {selector: '[part="generate-button"]', property: 'backgroundColor'},
  'ns-stream-field-editor': {selector: '[part="edit-button"]', property: 'color'},
};

/** A node with rounded corners. */
const RADIUS: Record<string, Probe> = {
  'ns-stream-search': {selector: '[part="input"]', property: 'borderTopLeftRadius'},
  'ns-stream-list': {selector: '[part="table-wrapper"]', property: 'borderTopLeftRadius'},
  'ns-stream-overview': {selector: '[part="details"]', property: 'borderTopLeftRadius'},
  'ns-abr-table': {selector: '[part="profile-select"]', property: 'borderTopLeftRadius'},
  'ns-live-processing': {selector: '[part="refresh-button"]', property: 'borderTopLeftRadius'},
  'ns-snippet-builder': {selector: '[part="code"]', property: 'borderTopLeftRadius'},
  'ns-token-info': {selector: '[part="base"]', property: 'borderTopLeftRadius'},
  'ns-copy-button': {selector: '[part="button"]', property: 'borderTopLeftRadius'},
  'ns-stream-field-editor': {selector: '[part="edit-button"]', property: 'borderTopLeftRadius'},
};

/** A node in the monospace font (IDs, URLs, tokens, code). */
const MONO: Record<string, Probe> = {
  'ns-stream-search': {selector: '[part="input"]', property: 'fontFamily'},
  'ns-stream-list': {selector: 'td.id', property: 'fontFamily'},
  'ns-stream-overview': {selector: '[part="stream-id"]', property: 'fontFamily'},
  'ns-abr-table': {selector: '[part="group-id"]', property: 'fontFamily'},
  'ns-live-processing': {selector: 'dd.mono', property: 'fontFamily'},
  'ns-snippet-builder': {selector: '[part="code"]', property: 'fontFamily'},
  'ns-token-info': {selector: '[part="token"]', property: 'fontFamily'},
  'ns-stream-field-editor': {selector: 'code[part="value"]', property: 'fontFamily'},
};

/** A padding that is a multiple of the spacing unit, and the property that holds it. */
const SPACING: Record<string, [selector: string, property: 'paddingLeft' | 'paddingTop']> = {
  'ns-stream-search': ['[part="input"]', 'paddingLeft'],
  'ns-stream-list': ['[part="cell"]', 'paddingLeft'],
  'ns-stream-overview': ['[part="tab"]', 'paddingLeft'],
  'ns-abr-table': ['[part="cell"]', 'paddingLeft'],
  'ns-live-processing': ['[part="process"]', 'paddingLeft'],
  'ns-snippet-builder': ['[part="code"]', 'paddingLeft'],
  'ns-token-info': ['[part="base"]', 'paddingLeft'],
  'ns-copy-button': ['[part="button"]', 'paddingLeft'],
  'ns-stream-field-editor': ['[part="edit-button"]', 'paddingLeft'],
};

const EVERY_ELEMENT = Object.keys(SURFACE);

/** The node `probe` names in one element, or undefined when this instance does not show it. */
function nodeOf(el: HTMLElement, selector: string): Element | undefined {
  return selector === ':host' ? el : (el.shadowRoot!.querySelector(selector) ?? undefined);
}

/** For each element of `tag`, the probed node (instances that do not show it are left out). */
function probed(tag: string, selector: string): Element[] {
  return all(tag)
    .map(el => nodeOf(el, selector))
    .filter((node): node is Element => !!node);
}

/**
 * Ends the controls' colour transitions at once, so that computed styles show where a change of
 * tokens, theme or stylesheet ends up (not a frame of the transition towards it).
 */
function settle(): void {
  document.body.getBoundingClientRect(); // the style recalc that starts the transitions
  for (const el of nsElements()) {
    for (const animation of el.shadowRoot!.getAnimations()) {
      if (animation instanceof CSSTransition) animation.finish();
    }
  }
}

/** Asserts that every element named in `probes` shows `expected` where the probe says. */
function expectEverywhere(probes: Record<string, Probe>, expected: string, what: string): void {
  settle();
  for (const [tag, {selector, property}] of Object.entries(probes)) {
    const nodes = probed(tag, selector);
    expect(nodes, `<${tag}> shows no ${selector}`).not.to.be.empty;
    for (const node of nodes) {
      expect(styleOf(node)[property], `${what} of <${tag}> ${selector}`).to.equal(expected);
    }
  }
}

/** A stream group of 3 with secure playback and room for one more transcode profile. */
const secureGroup = pick(
  (s: MockRecord, server: MockServer) =>
    s.streamgroup === s.id &&
    s.state !== 'deleted' &&
    s.secure &&
    server.org.members(s).length === 3 &&
    Math.min(...server.org.members(s).map(m => m.info.bitrate)) > 200,
);

/** A stream group whose original stream has a live replay (sessions with links and copy buttons). */
const replayGroup = pick(
  (s: MockRecord, server: MockServer) =>
    s.streamgroup === s.id &&
    s.state !== 'deleted' &&
    s.state !== 'created' &&
    server.org.members(s).length > 1 &&
    !!s.processing?.some(p => p.id === 'replay'),
);

/**
 * Every element under one provider: the search, the list, and the stream page of a secure group
 * (ABR table, token, copy buttons) on each tab and of a single stream (its field editors).
 */
async function portal(theme?: 'light' | 'dark' | 'auto') {
  const {provider} = await withMockProvider<HTMLElement>(
    html`<ns-stream-search></ns-stream-search>
      <ns-stream-list page-size="25"></ns-stream-list>
      <ns-stream-overview id="group"></ns-stream-overview>
      <ns-stream-overview id="single"></ns-stream-overview>
      <ns-stream-overview id="processing" tab="live-processing"></ns-stream-overview>
      <ns-stream-overview id="snippets" tab="code-snippets"></ns-stream-overview>`,
    {role: 'nanoAdmin'},
  );
  if (theme) provider.theme = theme;
  const server = provider.mockServer!;
  const group = secureGroup(server);
  const overview = (id: string) => provider.querySelector<NsStreamOverview>(`#${id}`)!;
  overview('group').streamId = group.id;
  overview('single').streamId = liveSingle(server).id;
  overview('processing').streamId = replayGroup(server).id;
  overview('snippets').streamId = group.id;

  const shown = (tag: string, selector: string) =>
    all(tag).some(el => el.shadowRoot!.querySelector(selector));
  await waitUntil(
    () =>
      shown('ns-stream-list', '[part="cell"]') &&
      shown('ns-abr-table', '[part="add-profile-button"]') &&
      shown('ns-token-info', '[part="token"]') &&
      shown('ns-live-processing', '[part="process"][aria-current="true"]') &&
      shown('ns-snippet-builder', '[part="code"]') &&
      shown('ns-stream-field-editor', 'code[part="value"]'),
    'the portal did not render',
    {timeout: 8000},
  );
  // The ABR table's primary button (Add) shows once the profile picker is open.
  const table = all('ns-abr-table')[0]!;
  table.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-profile-button"]')!.click();
  await waitUntil(() => table.shadowRoot!.querySelector('[part="add-button"]'));
  // Live replay: its sessions table has links and copy buttons.
  const processing = all('ns-live-processing')[0]!;
  processing.shadowRoot!.querySelector<HTMLButtonElement>('[data-process="replay"]')!.click();
  await waitUntil(() =>
    processing.shadowRoot!.querySelector('[data-process="replay"][aria-current="true"]'),
  );
  // The snippet builder's primary button (Generate token) is in its token settings.
  const builder = all('ns-snippet-builder')[0]!;
  builder.shadowRoot!.querySelector<HTMLDetailsElement>('[part="token-settings"]')!.open = true;
  await Promise.all(
    nsElements().map(el => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete),
  );
  return {provider, overview};
}

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'});
    document.documentElement.removeAttribute('style');
    document.querySelectorAll('style[data-theming-test]').forEach(s => s.remove());
  });

  it('renders every element, nested ones included, for the checks below', async () => {
    await portal();
    for (const tag of EVERY_ELEMENT) expect(all(tag), tag).not.to.be.empty;
    // The stream page nests the other elements in its shadow root.
    for (const tag of [
      'ns-abr-table',
      'ns-token-info',
      'ns-live-processing',
      'ns-snippet-builder',
    ]) {
      expect(
        all(tag).every(el => el.getRootNode() !== document),
        tag,
      ).to.equal(true);
    }
  });

  describe('tokens set once on the provider', () => {
    it('restyle colours, fonts and corners inside every element', async () => {
      const {provider} = await portal();
      const tokens = {
        '--ns-color-text': 'rgb(1, 2, 3)',
        '--ns-color-surface': 'rgb(250, 240, 230)',
        '--ns-color-accent': 'rgb(123, 44, 191)',
        '--ns-font-family': 'Brandface, serif',
        '--ns-font-family-mono': 'Brandmono, monospace',
        '--ns-radius': '3px',
      };
      for (const [name, value] of Object.entries(tokens)) provider.style.setProperty(name, value);

      settle();
      for (const el of nsElements()) {
        expect(styleOf(el).color, `text colour of <${el.localName}>`).to.equal('rgb(1, 2, 3)');
        expect(styleOf(el).fontFamily, `font of <${el.localName}>`).to.equal('Brandface, serif');
      }
      expectEverywhere(SURFACE, 'rgb(250, 240, 230)', 'surface');
      expectEverywhere(ACCENT, 'rgb(123, 44, 191)', 'accent');
      expectEverywhere(RADIUS, '3px', 'corner radius');
      expectEverywhere(MONO, 'Brandmono, monospace', 'monospace font');
    });

    it('scale every padding with --ns-space and --ns-density', async () => {
      const {provider} = await portal();
      const paddings = () =>
        Object.entries(SPACING).flatMap(([tag, [selector, property]]) =>
          probed(tag, selector).map(node => parseFloat(styleOf(node)[property])),
        );
      const before = paddings();
      expect(before.length).to.be.at.least(Object.keys(SPACING).length);
      expect(before.every(p => p > 0)).to.equal(true);

      provider.style.setProperty('--ns-space', '1rem'); // twice the default 0.5rem
      expect(paddings()).to.deep.equal(before.map(p => p * 2));

      provider.style.setProperty('--ns-density', '0.5');
      expect(paddings()).to.deep.equal(before);
    });

    it('make controls lower with --ns-density', async () => {
      const {provider} = await portal();
      const heights = () =>
        [
          ...probed('ns-copy-button', '[part="button"]'),
          ...probed('ns-stream-search', '[part="input"]'),
          ...probed('ns-abr-table', '[part="profile-select"]'),
        ].map(node => parseFloat(styleOf(node).minHeight));
      const before = heights();
      provider.style.setProperty('--ns-density', '0.75');
      expect(heights()).to.deep.equal(before.map(h => h * 0.75));
    });

    it('also work from the page’s :root while the provider has no theme', async () => {
      const {provider} = await portal();
      expect(provider.hasAttribute('theme')).to.equal(false);
      document.documentElement.style.setProperty('--ns-color-accent', 'rgb(200, 30, 90)');
      document.documentElement.style.setProperty('--ns-radius', '0px');
      expectEverywhere(ACCENT, 'rgb(200, 30, 90)', 'accent');
      expectEverywhere(RADIUS, '0px', 'corner radius');
    });
  });

  describe('::part() in the page’s stylesheet', () => {
    function stylesheet(text: string): void {
      const style = document.createElement('style');
      style.dataset['themingTest'] = '';
      style.textContent = text;
      document.head.append(style);
      settle();
    }

    it('restyles the parts of elements nested in the stream page through exportparts', async () => {
      const {overview} = await portal();
      stylesheet(`
        ns-stream-overview::part(abr-row) { background-color: rgb(9, 8, 7); }
        ns-stream-overview::part(token-raw) { color: rgb(7, 6, 5); }
        ns-stream-overview::part(live-processing-refresh-button) { border-top-left-radius: 13px; }
        ns-stream-overview::part(snippet-code) { border-top-left-radius: 14px; }
        ns-stream-overview::part(abr-add-button) { color: rgb(6, 5, 4); }
      `);
      const [table] = all('ns-abr-table');
      const rows = [...table!.shadowRoot!.querySelectorAll('[part="row"]')];
      expect(rows).to.have.length(3);
      for (const row of rows) expect(styleOf(row).backgroundColor).to.equal('rgb(9, 8, 7)');
      const token = probed('ns-token-info', '[part="token"]');
      expect(token.map(n => styleOf(n).color)).to.deep.equal(token.map(() => 'rgb(7, 6, 5)'));
      const refresh = probed('ns-live-processing', '[part="refresh-button"]')[0]!;
      expect(styleOf(refresh).borderTopLeftRadius).to.equal('13px');
      const [builder] = all('ns-snippet-builder');
      const code = [...builder!.shadowRoot!.querySelectorAll('[part="code"]')];
      expect(code).to.have.length(3); // the playout URL, the iFrame and the HTML snippet
      for (const node of code) expect(styleOf(node).borderTopLeftRadius).to.equal('14px');
      const add = table!.shadowRoot!.querySelector('[part="add-button"]')!;
      expect(styleOf(add).color).to.equal('rgb(6, 5, 4)');
      // The stream page's own parts keep their names.
      stylesheet(`ns-stream-overview::part(stream-id) { color: rgb(3, 2, 1); }`);
      const id = overview('group').shadowRoot!.querySelector('[part="stream-id"]')!;
      expect(styleOf(id).color).to.equal('rgb(3, 2, 1)');
    });

    it('reaches every copy button and editable field of the stream page with one rule', async () => {
      await portal();
      stylesheet(`
        ns-stream-overview::part(copy-button) { border-top-left-radius: 11px; }
        ns-stream-overview::part(field-edit-button) { color: rgb(5, 4, 3); }
        ns-stream-overview::part(abr-copy-button) { color: rgb(4, 3, 2); }
      `);
      const copyButtons = all('ns-copy-button');
      // The header, ingest, playout, ABR table, token and snippet copy buttons, at every depth.
      expect([...new Set(copyButtons.map(hostOf))].sort()).to.deep.equal(
        [
          '<ns-stream-overview>',
          '<ns-abr-table>',
          '<ns-token-info>',
          '<ns-live-processing>',
          '<ns-snippet-builder>',
        ].sort(),
      );
      for (const button of copyButtons) {
        const node = button.shadowRoot!.querySelector('[part="button"]')!;
        expect(styleOf(node).borderTopLeftRadius, `copy button in ${hostOf(button)}`).to.equal(
          '11px',
        );
      }
      const editButtons = probed('ns-stream-field-editor', '[part="edit-button"]');
      // The single stream's tags and push URL, and both fields of each of the 3 ABR rows.
      expect(editButtons).to.have.length(2 + 6);
      for (const node of editButtons) expect(styleOf(node).color).to.equal('rgb(5, 4, 3)');
      // The prefixed name picks out the ABR table's copy button only.
      for (const button of copyButtons) {
        const node = button.shadowRoot!.querySelector('[part="button"]')!;
        const inTable = hostOf(button) === '<ns-abr-table>';
        expect(styleOf(node).color === 'rgb(4, 3, 2)', `copy button in ${hostOf(button)}`).to.equal(
          inTable,
        );
      }
    });

    it('has every part of a nested element forwarded, under the documented names', async () => {
      await portal();
      const lists: Record<string, readonly string[]> = {
        'ns-copy-button': copyButtonParts,
        'ns-stream-field-editor': fieldEditorParts,
        'ns-token-info': tokenInfoParts,
        'ns-abr-table': abrTableParts,
        'ns-live-processing': liveProcessingParts,
        'ns-snippet-builder': snippetBuilderParts,
      };
      const nested = nsElements().filter(el => el.getRootNode() !== document);
      expect(new Set(nested.map(el => el.localName))).to.deep.equal(new Set(Object.keys(lists)));
      for (const el of nested) {
        const shown = partsShownBy(el);
        const forwarded = new Set(
          (el.getAttribute('exportparts') ?? '').split(',').map(pair => pair.split(':')[0]!.trim()),
        );
        for (const part of shown) {
          expect(lists[el.localName], `<${el.localName}>'s list in its parts module`).to.include(
            part,
          );
          expect(
            forwarded.has(part),
            `${hostOf(el)} forwards <${el.localName}>'s ${part}`,
          ).to.equal(true);
        }
      }
    });
  });

  describe('the manifest (custom-elements.json)', () => {
    /** Per tag, the part and CSS property names the manifest documents. */
    async function documented() {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]}[]}[];
      };
      const byTag = new Map<string, {parts: Set<string>; properties: Set<string>}>();
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.tagName) continue;
          const entry = d as {cssParts?: {name: string}[]; cssProperties?: {name: string}[]};
          byTag.set(d.tagName, {
            parts: new Set((entry.cssParts ?? []).map(part => part.name)),
            properties: new Set((entry.cssProperties ?? []).map(property => property.name)),
          });
        }
      }
      return byTag;
    }

    it('documents every part each element shows, the forwarded ones included', async () => {
      await portal();
      const byTag = await documented();
      const tags = new Set(nsElements().map(el => el.localName));
      expect(tags.size).to.be.greaterThan(8);
      for (const el of nsElements()) {
        const parts = byTag.get(el.localName)?.parts;
        expect(parts, `<${el.localName}> in the manifest`).to.exist;
        for (const part of partsShownBy(el)) {
          expect(parts!.has(part), `<${el.localName}>'s part ${part} documented`).to.equal(true);
        }
      }
    });

    it('documents every global --ns-* token on every element', async () => {
      const byTag = await documented();
      expect(byTag.size).to.be.greaterThan(8);
      for (const [tag, {properties}] of byTag) {
        for (const name of Object.keys(globalTokens)) {
          expect(properties.has(name), `${name} on <${tag}>`).to.equal(true);
        }
      }
    });
  });

  describe('themes', () => {
    it('theme="dark" changes the surface and text colour of every element', async () => {
      await portal('dark');
      const text = computed(darkColorTokens['--ns-color-text']);
      for (const el of nsElements()) {
        expect(styleOf(el).color, `text colour of <${el.localName}>`).to.equal(text);
      }
      expectEverywhere(SURFACE, computed(darkColorTokens['--ns-color-surface']), 'surface');
      expectEverywhere(ACCENT, computed(darkColorTokens['--ns-color-accent']), 'accent');
    });

    it('theme="auto" follows the operating system’s colour scheme', async () => {
      await emulateMedia({colorScheme: 'light'});
      await portal('auto');
      const light = computed(lightColorTokens['--ns-color-text']);
      const dark = computed(darkColorTokens['--ns-color-text']);
      for (const el of nsElements()) expect(styleOf(el).color, el.localName).to.equal(light);
      expectEverywhere(SURFACE, computed(lightColorTokens['--ns-color-surface']), 'surface');

      await emulateMedia({colorScheme: 'dark'});
      for (const el of nsElements()) expect(styleOf(el).color, el.localName).to.equal(dark);
      expectEverywhere(SURFACE, computed(darkColorTokens['--ns-color-surface']), 'surface');
    });

    it('keeps a brand’s tokens on the provider over the theme, and a theme over :root', async () => {
      const {provider} = await portal('dark');
      document.documentElement.style.setProperty('--ns-color-accent', 'rgb(200, 30, 90)');
      expectEverywhere(ACCENT, computed(darkColorTokens['--ns-color-accent']), 'accent');
      provider.style.setProperty('--ns-color-accent', 'rgb(20, 130, 90)');
      expectEverywhere(ACCENT, 'rgb(20, 130, 90)', 'accent');
      expectEverywhere(SURFACE, computed(darkColorTokens['--ns-color-surface']), 'surface');
    });

    it('is accessible (contrast included) in the dark theme', async () => {
      const {provider, overview} = await portal('dark');
      // This page holds four stream pages, so four headers outside a <main>: a portal has one.
      const options = {ignoredRules: ['landmark-no-duplicate-banner']};
      await expect(provider.querySelector('ns-stream-list')!).to.be.accessible(options);
      await expect(overview('group')).to.be.accessible(options);
      await expect(overview('snippets')).to.be.accessible(options);
      await expect(overview('processing')).to.be.accessible(options);
    });
  });
});

describe('the partner demo page', () => {
  const page = async (url: string) =>
    new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');

  /** The page's body without what is the brand's: its name and logo, and the footer's words. */
  function withoutBrand(doc: Document): string {
    const copy = doc.body.cloneNode(true) as HTMLElement;
    copy.querySelector('.brand')!.replaceChildren();
    copy.querySelector('.brand')!.removeAttribute('aria-label');
    copy.querySelector('.footer')!.replaceChildren();
    return copy.innerHTML;
  }

  it('is the portal with one more stylesheet: the same elements, markup and script', async () => {
    const [portal, partner] = await Promise.all([
      page('/demo/index.html'),
      page('/demo/partner.html'),
    ]);
    const stylesheets = (doc: Document) =>
      [...doc.querySelectorAll('link[rel="stylesheet"]')].map(link => link.getAttribute('href'));
    expect(stylesheets(portal)).to.deep.equal(['./portal.css']);
    expect(stylesheets(partner)).to.deep.equal(['./portal.css', './partner.css']);
    const scripts = (doc: Document) =>
      [...doc.scripts].map(script => [script.getAttribute('src'), script.textContent]);
    expect(scripts(partner)).to.deep.equal(scripts(portal));
    // No styles of its own in the markup: everything the brand changes is in partner.css.
    expect(partner.querySelectorAll('style, [style]')).to.have.length(0);
    expect(withoutBrand(partner)).to.equal(withoutBrand(portal));
    // Each links to the other.
    expect(portal.querySelector('.footer a[href="./partner.html"]')).to.exist;
    expect(partner.querySelector('.footer a[href="./index.html"]')).to.exist;
  });
});

/** The tag of the element whose shadow root holds `el` (or "the page"). */
function hostOf(el: Element): string {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? `<${root.host.localName}>` : 'the page';
}

/** The part names an element offers: its own and those it forwards from elements inside it. */
function partsShownBy(el: HTMLElement): Set<string> {
  const names = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of node.getAttribute('part')!.split(/\s+/)) if (name) names.add(name);
  }
  for (const node of el.shadowRoot!.querySelectorAll('[exportparts]')) {
    for (const pair of node.getAttribute('exportparts')!.split(',')) {
      const outer = (pair.split(':')[1] ?? pair).trim();
      if (outer) names.add(outer);
    }
  }
  return names;
}
