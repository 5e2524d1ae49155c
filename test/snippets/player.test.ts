import {expect} from '@open-wc/testing';
import {escapeHtml, jsonForScript} from '../../src/snippets/escape.js';
import {EMBED_PAGES, EMBED_PAGE_URL, EMBED_VERSIONS} from '../../src/snippets/embed.js';
import {
  PLAYER_PAGE_URL,
  PLAYER_SCRIPT_URL,
  DEFAULT_PLAYER_API_URL,
  embedUrl,
  htmlSnippet,
  iframeSnippet,
  playerApiUrl,
  playerConfig,
  playoutUrl,
  startPlayout,
  type SnippetInput,
  type StartQuality,
} from '../../src/snippets/player.js';

const GROUP = '5f86a12f-3801-415a-b450-6b6a46842349';
const base: SnippetInput = {groupId: GROUP, qualityCount: 3};

/** Every value that must not break out of a snippet. */
const HOSTILE = `x"y'z<b>&amp;</script><script>window.__pwned=1</script><!--<script>\u2028\u2029javascript:alert(1)<img src=x onerror="window.__pwned=1">`;

const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

/** The config object inside the HTML snippet's inline script, read back as JSON. */
function extractConfig(snippet: string): unknown {
  const scripts = parse(snippet).querySelectorAll('script');
  const inline = scripts[1]!.textContent!;
  const match = /var config = (\{[\s\S]*?\n {4}\});/.exec(inline);
  if (!match) throw new Error('no config in the snippet');
  return JSON.parse(match[1]!);
}

describe('snippets/player', () => {
  it('maps start quality to startIndex as documented for groups of 2 to 5 streams', () => {
    // n: [high, medium-high, medium, medium-low, low]
    const documented: Record<number, number[]> = {
      2: [0, 0, 1, 1, 1],
      3: [0, 0, 1, 2, 2],
      4: [0, 1, 2, 2, 3],
      5: [0, 1, 2, 3, 4],
    };
    const levels: StartQuality[] = ['high', 'medium-high', 'medium', 'medium-low', 'low'];
    for (const [n, indexes] of Object.entries(documented)) {
      const actual = levels.map(q => startPlayout(q, Number(n)));
      expect(
        actual.map(a => a.startIndex),
        `n=${n}`,
      ).to.deep.equal(indexes);
      expect(actual.every(a => a.rule === 'deviationOfMean2')).to.equal(true);
      expect(startPlayout('original', Number(n))).to.deep.equal({startIndex: 0, rule: 'none'});
      expect(startPlayout('auto', Number(n))).to.deep.equal({
        startIndex: 0,
        rule: 'deviationOfMean2',
      });
    }
    // A single stream has nothing to choose from.
    expect(startPlayout('low', 1)).to.deep.equal({startIndex: 0, rule: 'deviationOfMean2'});
    expect(startPlayout('original', 1)).to.deep.equal({startIndex: 0, rule: 'deviationOfMean2'});
  });

  it('builds the documented player config, with the token only when there is one', () => {
    expect(playerConfig({...base, startQuality: 'low', latencyMode: 'fastadaptive'})).to.deep.equal(
      {
        source: {
          group: {id: GROUP, apiurl: 'https://bintu.nanocosmos.de'},
          options: {adaption: {rule: 'deviationOfMean2'}},
          startIndex: 2,
        },
        playback: {
          latencyControlMode: 'fastadaptive',
          autoplay: true,
          automute: true,
          faststart: true,
        },
        style: {width: 'auto', height: 'auto'},
      },
    );
    const secure = playerConfig({...base, token: 'eyJ.a.b', apiUrl: 'https://api.example.com/'});
    expect(secure.source.group).to.deep.equal({
      id: GROUP,
      apiurl: 'https://api.example.com',
      security: {jwtoken: 'eyJ.a.b'},
    });
    expect(secure.playback.latencyControlMode).to.equal('balancedadaptive');
    // Unknown values fall back to the defaults.
    const odd = playerConfig({
      ...base,
      latencyMode: 'bogus' as never,
      startQuality: 'bogus' as never,
    });
    expect(odd.playback.latencyControlMode).to.equal('balancedadaptive');
    expect(odd.source.startIndex).to.equal(0);
  });

  it('takes only an absolute http(s) API URL for the player, else the default', () => {
    expect(playerApiUrl('https://api.example.com/')).to.equal('https://api.example.com');
    expect(playerApiUrl('http://localhost:8080/bintu//')).to.equal('http://localhost:8080/bintu');
    for (const bad of [
      undefined,
      '',
      '/bintu-proxy',
      'api.example.com',
      'javascript:alert(1)//https://x',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://',
    ]) {
      expect(playerApiUrl(bad), String(bad)).to.equal(DEFAULT_PLAYER_API_URL);
    }
    expect(playerConfig({...base, apiUrl: 'javascript:alert(1)'}).source.group.apiurl).to.equal(
      DEFAULT_PLAYER_API_URL,
    );
  });

  it('builds the Live Playout URL and the iFrame embed URL with URLSearchParams', () => {
    expect(playoutUrl({groupId: GROUP})).to.equal(`${PLAYER_PAGE_URL}?group.id=${GROUP}`);
    expect(playoutUrl({groupId: GROUP, token: 'a.b.c'})).to.equal(
      `${PLAYER_PAGE_URL}?group.id=${GROUP}&group.security.jwtoken=a.b.c`,
    );
    const url = new URL(embedUrl({...base, startQuality: 'original', latencyMode: 'classic'}));
    expect(`${url.origin}${url.pathname}`).to.equal(EMBED_PAGE_URL);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      'group.id': GROUP,
      'options.adaption.rule': 'none',
      startIndex: '0',
      'playback.latencyControlMode': 'classic',
    });
  });

  it('gives an iFrame snippet that parses to one iframe with the expected src, size and allowfullscreen', () => {
    const snippet = iframeSnippet({...base, startQuality: 'medium', token: 'tok.en.x'});
    const doc = parse(snippet);
    const frames = doc.body.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    expect(doc.body.children).to.have.length(1);
    const iframe = frames[0]!;
    expect(iframe.getAttribute('width')).to.equal('1280');
    expect(iframe.getAttribute('height')).to.equal('720');
    expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.searchParams.get('group.id')).to.equal(GROUP);
    expect(src.searchParams.get('startIndex')).to.equal('1');
    expect(src.searchParams.get('options.adaption.rule')).to.equal('deviationOfMean2');
    expect(src.searchParams.get('playback.latencyControlMode')).to.equal('balancedadaptive');
    expect(src.searchParams.get('group.security.jwtoken')).to.equal('tok.en.x');
  });

  it('gives an HTML snippet whose config reads back equal to the config object', () => {
    const input: SnippetInput = {...base, startQuality: 'medium-low', token: 'a.b.c'};
    const snippet = htmlSnippet(input);
    const doc = parse(snippet);
    expect(doc.getElementById('nanoplayer')).to.exist;
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(2);
    expect(scripts[0]!.getAttribute('src')).to.equal(PLAYER_SCRIPT_URL);
    expect(scripts[1]!.textContent).to.contain('new NanoPlayer("nanoplayer")');
    expect(extractConfig(snippet)).to.deep.equal(playerConfig(input));
  });

  describe('with hostile values', () => {
    const hostile: SnippetInput = {
      groupId: HOSTILE,
      qualityCount: 2,
      token: HOSTILE,
      elementId: HOSTILE,
      apiUrl: HOSTILE,
    };

    for (const embedVersion of EMBED_VERSIONS) {
      it(`keeps the iFrame snippet (embed ${embedVersion}) one iframe with an https src carrying the value unchanged`, () => {
        const doc = parse(iframeSnippet({...hostile, embedVersion}));
        expect(doc.body.children).to.have.length(1);
        expect(doc.querySelectorAll('script, img')).to.have.length(0);
        const src = new URL(doc.querySelector('iframe')!.getAttribute('src')!);
        expect(src.protocol).to.equal('https:');
        expect(`${src.origin}${src.pathname}`).to.equal(EMBED_PAGES[embedVersion].url);
        expect(src.searchParams.get('group.id')).to.equal(HOSTILE);
        expect(src.searchParams.get('group.security.jwtoken')).to.equal(HOSTILE);
        expect(doc.querySelector('iframe')!.hasAttribute('onerror')).to.equal(false);
      });
    }

    it('keeps the HTML snippet a div and two scripts, with the values only inside the config', () => {
      const snippet = htmlSnippet(hostile);
      const doc = parse(snippet);
      expect([...doc.head.children, ...doc.body.children].map(e => e.tagName)).to.deep.equal([
        'DIV',
        'SCRIPT',
        'SCRIPT',
      ]);
      expect(doc.querySelector('div')!.id).to.equal(HOSTILE);
      expect(doc.querySelectorAll('img')).to.have.length(0);
      expect(snippet).not.to.match(/<\/script><script>window/);
      expect(snippet.includes('\u2028')).to.equal(false);
      expect(snippet.includes('\u2029')).to.equal(false);
      expect(extractConfig(snippet)).to.deep.equal(playerConfig(hostile));
      // A hostile API URL never reaches the player.
      expect(
        (extractConfig(snippet) as {source: {group: {apiurl: string}}}).source.group.apiurl,
      ).to.equal(DEFAULT_PLAYER_API_URL);
      // The inline script is still valid JavaScript.
      expect(() => new Function(doc.querySelectorAll('script')[1]!.textContent!)).not.to.throw();
    });

    it('keeps the playout URL an https URL carrying the values unchanged', () => {
      const url = new URL(playoutUrl(hostile));
      expect(url.protocol).to.equal('https:');
      expect(url.searchParams.get('group.id')).to.equal(HOSTILE);
      expect(url.searchParams.get('group.security.jwtoken')).to.equal(HOSTILE);
    });
  });
});

describe('snippets/escape', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('makes JSON safe for a script and still parseable to the same value', () => {
    const value = {s: '</script><!--\u2028\u2029&', n: [1, true, null]};
    const json = jsonForScript(value);
    expect(json).not.to.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).to.deep.equal(value);
    expect(jsonForScript(undefined)).to.equal('null');
  });
});
