import {expect} from '@open-wc/testing';
import {
  DEFAULT_EMBED_VERSION,
  EMBED_PAGES,
  EMBED_PAGE_URL,
  EMBED_VERSIONS,
  embedPage,
  embedParamValue,
  isEmbedVersion,
  type EmbedVersion,
} from '../../src/snippets/embed.js';
import {
  embedParams,
  embedUrl,
  htmlSnippet,
  iframeSnippet,
  type SnippetInput,
} from '../../src/snippets/player.js';

const GROUP = '5f86a12f-3801-415a-b450-6b6a46842349';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const base: SnippetInput = {groupId: GROUP, qualityCount: 5, startQuality: 'medium'};

/**
 * A query read back the way both embed pages read theirs (`js/nanoplayer/nanoplayer-config.js`:
 * split on `&` and `=`, `unescape()`, then `true`/`false` → boolean, a numeric string → number).
 */
function readAsEmbed(url: string): Record<string, string | number | boolean> {
  const query = url.slice(url.indexOf('?') + 1);
  const params: Record<string, string | number | boolean> = {};
  for (const pair of query.split('&')) {
    const [key = '', raw = ''] = pair.split('=');
    const value = unescape(raw);
    params[unescape(key)] =
      value === 'true'
        ? true
        : value === 'false'
          ? false
          : value !== '' && !isNaN(Number(value))
            ? value.includes('.')
              ? parseFloat(value)
              : parseInt(value, 10)
            : value;
  }
  return params;
}

describe('snippets/embed', () => {
  it('offers 1.3.3 and 2.0.0, with 1.3.3 (the dashboard’s) as the default', () => {
    expect(EMBED_VERSIONS).to.deep.equal(['1.3.3', '2.0.0']);
    expect(DEFAULT_EMBED_VERSION).to.equal('1.3.3');
    expect(EMBED_PAGE_URL).to.equal(
      'https://demo.nanocosmos.de/nanoplayer/embed/1.3.3/nanoplayer.html',
    );
    expect(EMBED_PAGES['2.0.0'].url).to.equal(
      'https://demo.nanocosmos.de/nanoplayer/embed/2.0.0/nanoplayer.html',
    );
    expect(EMBED_PAGES['1.3.3'].playerMajor).to.equal(4);
    expect(EMBED_PAGES['2.0.0'].playerMajor).to.equal(5);
    for (const version of EMBED_VERSIONS) expect(isEmbedVersion(version)).to.equal(true);
    for (const other of ['1.3.4', '2', '', ' 2.0.0', undefined, null, 2]) {
      expect(isEmbedVersion(other), String(other)).to.equal(false);
      expect(embedPage(other).version, String(other)).to.equal('1.3.3');
    }
  });

  it('writes booleans as "true"/"false" and numbers in decimal, for both versions', () => {
    for (const version of EMBED_VERSIONS) {
      expect(embedParamValue(version, true)).to.equal('true');
      expect(embedParamValue(version, false)).to.equal('false');
      expect(embedParamValue(version, 0)).to.equal('0');
      expect(embedParamValue(version, 4)).to.equal('4');
      expect(embedParamValue(version, 1.5)).to.equal('1.5');
      expect(embedParamValue(version, 'balancedadaptive')).to.equal('balancedadaptive');
      for (const bad of [NaN, Infinity, -Infinity]) {
        expect(() => embedParamValue(version, bad), `${version} ${bad}`).to.throw(RangeError);
      }
    }
  });

  it('lists the embed parameters with typed values, the token last and only when there is one', () => {
    expect(embedParams(base)).to.deep.equal([
      ['group.id', GROUP],
      ['options.adaption.rule', 'deviationOfMean2'],
      ['startIndex', 2],
      ['playback.latencyControlMode', 'balancedadaptive'],
    ]);
    expect(embedParams({...base, token: TOKEN}).at(-1)).to.deep.equal([
      'group.security.jwtoken',
      TOKEN,
    ]);
  });

  it('keeps the 1.3.3 URL exactly the dashboard’s, also when no version is given', () => {
    const dashboard =
      `https://demo.nanocosmos.de/nanoplayer/embed/1.3.3/nanoplayer.html?group.id=${GROUP}` +
      `&options.adaption.rule=deviationOfMean2&startIndex=2` +
      `&playback.latencyControlMode=balancedadaptive&group.security.jwtoken=${TOKEN}`;
    expect(embedUrl({...base, token: TOKEN})).to.equal(dashboard);
    expect(embedUrl({...base, token: TOKEN, embedVersion: '1.3.3'})).to.equal(dashboard);
    // Anything that is not a version gives the default.
    const unknown = '9.9.9' as unknown as EmbedVersion;
    expect(embedUrl({...base, token: TOKEN, embedVersion: unknown})).to.equal(dashboard);
  });

  it('builds the 2.0.0 URL on the 2.0.0 page with the same parameters, read back with their types', () => {
    const input: SnippetInput = {...base, token: TOKEN, latencyMode: 'fastadaptive'};
    const v1 = embedUrl({...input, embedVersion: '1.3.3'});
    const v2 = embedUrl({...input, embedVersion: '2.0.0'});
    expect(v2).to.equal(
      `https://demo.nanocosmos.de/nanoplayer/embed/2.0.0/nanoplayer.html?group.id=${GROUP}` +
        `&options.adaption.rule=deviationOfMean2&startIndex=2` +
        `&playback.latencyControlMode=fastadaptive&group.security.jwtoken=${TOKEN}`,
    );
    expect(new URL(v2).search).to.equal(new URL(v1).search);
    // What the 2.0.0 page's strict parser makes of it: startIndex a number, the rest strings.
    expect(readAsEmbed(v2)).to.deep.equal({
      'group.id': GROUP,
      'options.adaption.rule': 'deviationOfMean2',
      startIndex: 2,
      'playback.latencyControlMode': 'fastadaptive',
      'group.security.jwtoken': TOKEN,
    });
    // No boolean written as a number, which 2.0.0 would not take as a boolean.
    expect(Object.values(readAsEmbed(v2)).filter(v => v === 0 || v === 1)).to.deep.equal([]);
    expect(readAsEmbed(embedUrl({...input, startQuality: 'original', embedVersion: '2.0.0'})))
      .to.have.property('options.adaption.rule')
      .that.equals('none');
  });

  it('writes a space as %20, which the embed pages’ unescape() reads back as a space', () => {
    const groupId = 'a b+c&d=e';
    for (const embedVersion of EMBED_VERSIONS) {
      const url = embedUrl({groupId, qualityCount: 1, embedVersion});
      expect(url).to.contain('group.id=a%20b%2Bc%26d%3De&');
      expect(readAsEmbed(url)['group.id']).to.equal(groupId);
      expect(new URL(url).searchParams.get('group.id')).to.equal(groupId);
    }
  });

  it('puts the version’s URL, HTML-escaped, into the iFrame snippet and leaves the HTML snippet alone', () => {
    for (const embedVersion of EMBED_VERSIONS) {
      const snippet = iframeSnippet({...base, embedVersion});
      expect(snippet).to.contain(
        `src="https://demo.nanocosmos.de/nanoplayer/embed/${embedVersion}/nanoplayer.html?group.id=${GROUP}&amp;options.adaption.rule=`,
      );
      const src = new DOMParser()
        .parseFromString(snippet, 'text/html')
        .querySelector('iframe')!
        .getAttribute('src');
      expect(src).to.equal(embedUrl({...base, embedVersion}));
    }
    expect(htmlSnippet({...base, embedVersion: '2.0.0'})).to.equal(htmlSnippet(base));
  });
});
