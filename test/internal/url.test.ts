import {expect} from '@open-wc/testing';
import {isLinkable} from '../../src/internal/url.js';

describe('isLinkable', () => {
  it('takes http and https URLs, in any case', () => {
    for (const url of [
      'https://bintu-vod.nanocosmos.de/vod/a.mp4',
      'http://example.org/x',
      'HTTPS://EXAMPLE.ORG/',
      '  https://example.org/padded  ',
    ]) {
      expect(isLinkable(url), url).to.equal(true);
    }
  });

  it('refuses every other scheme, relative paths and non-strings', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//example.org/protocol-relative',
      '/vod/a.mp4',
      'https:// spaced',
      'https://',
      '',
      undefined,
    ]) {
      expect(isLinkable(url), String(url)).to.equal(false);
    }
  });
});
