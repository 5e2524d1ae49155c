import {expect, waitUntil} from '@open-wc/testing';
import {define} from '../../src/internal/define.js';

let counter = 0;
const uniqueTag = () => `ns-define-test-${Date.now().toString(36)}-${++counter}`;

/** Replaces console.warn for the duration of `body` and returns what was warned. */
async function captureWarnings(body: () => void | Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define()', () => {
  it('registers a free tag so the element upgrades', async () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    define(tag, A);
    expect(customElements.get(tag)).to.equal(A);
    expect(document.createElement(tag)).to.be.instanceOf(A);
  });

  it('does nothing, silently, when the same class is defined again (script loaded twice)', async () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define(tag, A);
      expect(() => define(tag, A)).not.to.throw();
    });
    expect(customElements.get(tag)).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns once when another class claims the tag', async () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define(tag, First);
      expect(() => define(tag, Second)).not.to.throw();
      define(tag, Second);
      define(tag, class Third extends HTMLElement {});
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}>`);
  });

  it('does not throw when the class is already registered under another tag', async () => {
    const first = uniqueTag();
    const second = uniqueTag();
    class A extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define(first, A);
      expect(() => define(second, A)).not.to.throw();
    });
    expect(customElements.get(second)).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });

  it('does nothing where there is no custom element registry (a server-side import)', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    const registry = Object.getOwnPropertyDescriptor(globalThis, 'customElements')!;
    Object.defineProperty(globalThis, 'customElements', {value: undefined, configurable: true});
    try {
      expect(() => define(tag, A)).not.to.throw();
    } finally {
      Object.defineProperty(globalThis, 'customElements', registry);
    }
    expect(customElements.get(tag)).to.equal(undefined);
  });

  it('still throws for an invalid tag name (a programming error)', () => {
    class A extends HTMLElement {}
    expect(() => define('NotAValidName', A)).to.throw();
  });
});

// Two copies of the whole library on one page, as when two embeds each bring their
// <script type="module" src=".../nanostream-elements.js"> from different URLs (two versions, or
// a cache-busting query). This loads the built CDN bundle, Lit included, which `npm test` builds
// first (`vite build --mode cdn`).
describe('the CDN bundle loaded twice on one page', () => {
  const bundle = '/cdn/nanostream-elements.js';
  type Bundle = Record<string, unknown>;

  it('does not throw; the first copy keeps the tags and its elements work', async () => {
    const head = await fetch(bundle, {method: 'HEAD'});
    expect(
      head.ok,
      `${bundle} is missing: run "npm test" (it builds it) or "npm run build"`,
    ).to.equal(true);

    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    let first: Bundle | undefined;
    let second: Bundle | undefined;
    try {
      const warnings = await captureWarnings(async () => {
        first = (await import(/* @vite-ignore */ `${bundle}?copy=1`)) as Bundle;
        second = (await import(/* @vite-ignore */ `${bundle}?copy=2`)) as Bundle;
      });
      // Two copies really ran, and the first one's classes own the tags.
      expect(second!['NsStreamList']).to.be.a('function');
      expect(second!['NsStreamList']).not.to.equal(first!['NsStreamList']);
      expect(customElements.get('ns-stream-list')).to.equal(first!['NsStreamList']);
      expect(customElements.get('ns-api-provider')).to.equal(first!['NsApiProvider']);
      // The second copy said so, once per tag.
      const clash = (tag: string) =>
        warnings.filter(w => w.includes(`<${tag}> is already defined`));
      expect(clash('ns-stream-list')).to.have.length(1);
      expect(clash('ns-api-provider')).to.have.length(1);

      // Plain HTML, as a page author writes it, still renders the list from the mock.
      const page = document.createElement('div');
      page.innerHTML =
        '<ns-api-provider mock><ns-stream-list page-size="25"></ns-stream-list></ns-api-provider>';
      document.body.append(page);
      try {
        const list = page.querySelector('ns-stream-list')!;
        await waitUntil(
          () => list.shadowRoot?.querySelectorAll('tbody tr[data-key]').length === 25,
          'the list did not show a page of streams',
          {timeout: 5000},
        );
      } finally {
        page.remove();
      }
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
