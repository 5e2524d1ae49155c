// Runs the generated HTML snippet in a real page. How the player is stubbed: the snippet is put
// into an <iframe srcdoc> (same origin as the test page); only in this harness, its
// `<script src=".../nanoplayer.5.min.js">` is rewritten to the local stub `nanoplayer-stub.js`
// next to this file, which defines `NanoPlayer` and reports `setup(config)` via postMessage. No
// request leaves the machine.
import {expect, fixture, html} from '@open-wc/testing';
import {
  PLAYER_SCRIPT_URL,
  htmlSnippet,
  playerConfig,
  type SnippetInput,
} from '../../src/snippets/player.js';

const STUB_URL = new URL('./nanoplayer-stub.js', import.meta.url).href;
const HOSTILE = `x"y'z<b>&amp;</script><script>parent.__pwned=1</script><!--<script>\u2028\u2029javascript:parent.__pwned=1<img src=x onerror="parent.__pwned=1">`;

interface Report {
  type: 'setup' | 'console-error';
  id?: string;
  divFound?: boolean;
  config?: unknown;
  text?: string;
}

/** Loads `snippet` into an iframe (with `before` ahead of it) and collects the stub's reports. */
async function run(snippet: string, before = '', until: Report['type'] = 'setup') {
  const page = before + snippet.replace(`src="${PLAYER_SCRIPT_URL}"`, `src="${STUB_URL}"`);
  expect(page, 'the harness must have replaced the player script').to.contain(STUB_URL);
  const reports: Report[] = [];
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="snippet"></iframe>`);
  const done = new Promise<Report>(resolve => {
    const onMessage = (event: MessageEvent<Report>) => {
      if (event.source !== frame.contentWindow) return;
      reports.push(event.data);
      if (event.data.type === until) {
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      }
    };
    window.addEventListener('message', onMessage);
  });
  // Set only now, so that no report can arrive before the listener is in place.
  frame.srcdoc = page;
  const last = await done;
  return {reports, last, frame};
}

describe('HTML snippet in a page', () => {
  afterEach(() => delete (window as {__pwned?: unknown}).__pwned);

  it('creates the player on its div and calls setup with the expected config', async () => {
    const input: SnippetInput = {
      groupId: '5f86a12f-3801-415a-b450-6b6a46842349',
      qualityCount: 4,
      startQuality: 'medium',
      latencyMode: 'fastadaptive',
      token: 'eyJhbGciOiJFZERTQSJ9.e30.sig',
    };
    const {last} = await run(htmlSnippet(input));
    expect(last.id).to.equal('nanoplayer');
    expect(last.divFound).to.equal(true);
    expect(last.config).to.deep.equal(playerConfig(input));
  });

  it('passes hostile values through unchanged and executes none of them', async () => {
    const input: SnippetInput = {
      groupId: HOSTILE,
      qualityCount: 2,
      token: HOSTILE,
      elementId: HOSTILE,
    };
    const {last, frame} = await run(htmlSnippet(input));
    expect(last.id).to.equal(HOSTILE);
    expect(last.divFound).to.equal(true);
    expect(last.config).to.deep.equal(playerConfig(input));
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect(doc.querySelectorAll('script')).to.have.length(2);
    expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
  });

  it('reports a failed setup on the console', async () => {
    const {last} = await run(
      htmlSnippet({groupId: 'g', qualityCount: 1}),
      '<script>window.stubMode = "reject"</script>',
      'console-error',
    );
    expect(last.text).to.contain('nanoPlayer setup failed: stub: stream not found');
  });

  it('reports a player script that did not load on the console', async () => {
    // Drop the player script altogether; the stub is loaded first only to forward console.error.
    const snippet = htmlSnippet({groupId: 'g', qualityCount: 1}).replace(
      `<script src="${PLAYER_SCRIPT_URL}"></script>`,
      `<script src="${PLAYER_SCRIPT_URL}"></script><script>delete window.NanoPlayer</script>`,
    );
    const {last} = await run(snippet, '', 'console-error');
    expect(last.text).to.contain('nanoPlayer could not be loaded');
  });
});
