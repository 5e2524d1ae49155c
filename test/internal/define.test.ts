import {expect} from '@open-wc/testing';
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

  it('still throws for an invalid tag name (a programming error)', () => {
    class A extends HTMLElement {}
    expect(() => define('NotAValidName', A)).to.throw();
  });
});
