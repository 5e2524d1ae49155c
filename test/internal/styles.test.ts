import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {LitElement, html as litHtml} from 'lit';
import {renderPending} from '../../src/internal/templates.js';
import {computedColor} from '../helpers/css.js';
import {
  darkColorTokens,
  lightColorTokens,
  sharedStyles,
  themeStyles,
} from '../../src/internal/styles.js';

/** An element styled like every ns element, with one of each shared control. */
class Styled extends LitElement {
  static override styles = sharedStyles;
  override render() {
    return litHtml`
      <label class="label" for="name">Stream name</label>
      <input id="name" class="input" value="abc" />
      <select class="select" aria-label="State"><option>live</option></select>
      <button class="button primary">Save</button>
      <button class="button secondary">Cancel</button>
      <button class="button danger">Delete</button>
      <button class="button quiet">More</button>
      <span class="badge" data-state="live">live</span>
      <span class="badge danger">failed</span>
      <span class="hint">A hint</span>
      <span class="sr-only">Only for screen readers</span>
      ${renderPending()}
    `;
  }
}
customElements.define('ns-test-styled', Styled);

/** Stands in for <ns-api-provider>: applies themeStyles to its host and slots its children. */
class Themed extends LitElement {
  static override styles = themeStyles;
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('ns-test-themed', Themed);

const rgb = computedColor;

const part = (el: Styled, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const styleOf = (el: Element) => getComputedStyle(el);

describe('shared styles', () => {
  afterEach(() => emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference'}));

  it('renders the light theme from the built-in fallbacks', async () => {
    const el = await fixture<Styled>(html`<ns-test-styled></ns-test-styled>`);
    expect(styleOf(el).display).to.equal('block');
    expect(styleOf(el).color).to.equal(rgb(lightColorTokens['--ns-color-text']));
    expect(styleOf(el).backgroundColor).to.equal(rgb(lightColorTokens['--ns-color-surface']));
    expect(styleOf(part(el, '.primary')).backgroundColor).to.equal(
      rgb(lightColorTokens['--ns-color-accent']),
    );
  });

  it('is accessible (contrast included) in the light theme', async () => {
    const el = await fixture<Styled>(html`<ns-test-styled></ns-test-styled>`);
    await expect(el).to.be.accessible();
  });

  it('takes tokens set on any ancestor, across shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div
        style="--ns-color-accent: rgb(123, 44, 191); --ns-color-text: rgb(1, 2, 3); --ns-radius: 0px"
      >
        <ns-test-styled></ns-test-styled>
      </div>
    `);
    const el = wrapper.querySelector<Styled>('ns-test-styled')!;
    expect(styleOf(el).color).to.equal('rgb(1, 2, 3)');
    expect(styleOf(part(el, '.primary')).backgroundColor).to.equal('rgb(123, 44, 191)');
    expect(styleOf(part(el, '.primary')).borderTopLeftRadius).to.equal('0px');
  });

  it('scales spacing and control height with --ns-density', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <ns-test-styled></ns-test-styled>
        <ns-test-styled style="--ns-density: 0.5"></ns-test-styled>
      </div>
    `);
    const [normal, compact] = [...wrapper.querySelectorAll<Styled>('ns-test-styled')];
    const height = (el: Styled) => parseFloat(styleOf(part(el, '.primary')).minHeight);
    const padding = (el: Styled) => parseFloat(styleOf(part(el, '.primary')).paddingLeft);
    expect(height(compact!)).to.equal(height(normal!) / 2);
    expect(padding(compact!)).to.equal(padding(normal!) / 2);
  });

  it('hides the element when it has the hidden attribute', async () => {
    const el = await fixture<Styled>(html`<ns-test-styled hidden></ns-test-styled>`);
    expect(styleOf(el).display).to.equal('none');
  });

  it('hides .sr-only text visually but keeps it in the page', async () => {
    const el = await fixture<Styled>(html`<ns-test-styled></ns-test-styled>`);
    const hidden = part(el, 'span.sr-only');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(styleOf(hidden).display).not.to.equal('none');
  });

  it('shows a focus ring in the focus-ring colour for keyboard focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="--ns-color-focus-ring: rgb(255, 0, 128)">
        <button>before</button>
        <ns-test-styled></ns-test-styled>
      </div>
    `);
    wrapper.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'}); // input
    await sendKeys({press: 'Tab'}); // select
    await sendKeys({press: 'Tab'}); // primary button
    const el = wrapper.querySelector<Styled>('ns-test-styled')!;
    const primary = part(el, '.primary');
    expect(el.shadowRoot!.activeElement).to.equal(primary);
    expect(styleOf(primary).outlineStyle).to.equal('solid');
    expect(styleOf(primary).outlineColor).to.equal('rgb(255, 0, 128)');
  });

  it('stops the skeleton animation when the user prefers reduced motion', async () => {
    const el = await fixture<Styled>(html`<ns-test-styled></ns-test-styled>`);
    const line = part(el, '.ns-skeleton-line');
    expect(styleOf(line).animationName).to.equal('ns-skeleton-pulse');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(styleOf(line).animationName).to.equal('none');
  });

  describe('themeStyles on the provider', () => {
    it('theme="dark" sets the dark tokens for every element inside', async () => {
      const provider = await fixture<Themed>(html`
        <ns-test-themed theme="dark"><ns-test-styled></ns-test-styled></ns-test-themed>
      `);
      const el = provider.querySelector<Styled>('ns-test-styled')!;
      expect(styleOf(el).color).to.equal(rgb(darkColorTokens['--ns-color-text']));
      expect(styleOf(el).backgroundColor).to.equal(rgb(darkColorTokens['--ns-color-surface']));
      expect(styleOf(part(el, '.primary')).color).to.equal(
        rgb(darkColorTokens['--ns-color-accent-contrast']),
      );
      expect(styleOf(provider).colorScheme).to.equal('dark');
    });

    it('is accessible (contrast included) in the dark theme', async () => {
      const provider = await fixture<Themed>(html`
        <ns-test-themed theme="dark"><ns-test-styled></ns-test-styled></ns-test-themed>
      `);
      await expect(provider.querySelector('ns-test-styled')!).to.be.accessible();
    });

    it("reaches elements nested in another element's shadow root", async () => {
      const provider = await fixture<Themed>(html`
        <ns-test-themed theme="dark"><div id="host"></div></ns-test-themed>
      `);
      const inner = document.createElement('ns-test-styled') as Styled;
      provider.querySelector('#host')!.attachShadow({mode: 'open'}).append(inner);
      await inner.updateComplete;
      expect(styleOf(inner).color).to.equal(rgb(darkColorTokens['--ns-color-text']));
    });

    it('theme="light" inside a dark provider goes back to light', async () => {
      const outer = await fixture<Themed>(html`
        <ns-test-themed theme="dark">
          <ns-test-themed theme="light"><ns-test-styled></ns-test-styled></ns-test-themed>
        </ns-test-themed>
      `);
      const el = outer.querySelector<Styled>('ns-test-styled')!;
      expect(styleOf(el).color).to.equal(rgb(lightColorTokens['--ns-color-text']));
    });

    it('theme="auto" follows the operating system', async () => {
      const provider = await fixture<Themed>(html`
        <ns-test-themed theme="auto"><ns-test-styled></ns-test-styled></ns-test-themed>
      `);
      const el = provider.querySelector<Styled>('ns-test-styled')!;
      await emulateMedia({colorScheme: 'light'});
      expect(styleOf(el).color).to.equal(rgb(lightColorTokens['--ns-color-text']));
      await emulateMedia({colorScheme: 'dark'});
      expect(styleOf(el).color).to.equal(rgb(darkColorTokens['--ns-color-text']));
    });

    it('lets the page override a theme token on the provider element', async () => {
      const provider = await fixture<Themed>(html`
        <ns-test-themed theme="dark" style="--ns-color-accent: rgb(10, 20, 30)">
          <ns-test-styled></ns-test-styled>
        </ns-test-themed>
      `);
      const el = provider.querySelector<Styled>('ns-test-styled')!;
      expect(styleOf(part(el, '.primary')).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(styleOf(el).color).to.equal(rgb(darkColorTokens['--ns-color-text']));
    });
  });
});
