import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../../src/internal/parts/ns-copy-button/ns-copy-button.js';
import type {
  CopyDoneDetail,
  NsCopyButton,
} from '../../../../src/internal/parts/ns-copy-button/ns-copy-button.js';
import {accept, refuse, stubClipboard, stubExecCommand} from '../../../helpers/clipboard.js';

// --- <ns-copy-button> ---------------------------------------------------------------------------

const feedback = (el: NsCopyButton) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="feedback"]')!.textContent!.trim();
const button = (el: NsCopyButton) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

describe('<ns-copy-button>', () => {
  it('renders a real button with its accessible label and visible text', async () => {
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="abc" label="Copy stream ID"></ns-copy-button>`,
    );
    expect(button(el).localName).to.equal('button');
    expect(button(el).type).to.equal('button');
    expect(button(el).getAttribute('aria-label')).to.equal('Copy stream ID');
    expect(button(el).textContent!.trim()).to.equal('Copy');
    const icon = button(el).querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.querySelector('path')).to.be.instanceOf(SVGPathElement);
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(feedback(el)).to.equal('');
  });

  it('is accessible', async () => {
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="abc" label="Copy stream ID"></ns-copy-button>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible while showing "Copied"', async () => {
    stubClipboard(accept);
    const el = await fixture<NsCopyButton>(html`<ns-copy-button value="abc"></ns-copy-button>`);
    button(el).click();
    await waitUntil(() => feedback(el) === 'Copied');
    await expect(el).to.be.accessible();
  });

  it('copies on click, shows "Copied" in a polite live region, then clears it', async () => {
    const written = stubClipboard(accept);
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="stream-123" feedback-ms="60"></ns-copy-button>`,
    );
    const region = el.shadowRoot!.querySelector('[part="feedback"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');

    button(el).click();
    const done = await oneEvent(el, 'copy-done');
    await el.updateComplete;
    expect(written).to.deep.equal(['stream-123']);
    expect((done as CustomEvent<CopyDoneDetail>).detail).to.deep.equal({
      value: 'stream-123',
      ok: true,
    });
    expect(feedback(el)).to.equal('Copied');
    expect(region.getBoundingClientRect().width).to.be.greaterThan(0);
    const iconPath = () => button(el).querySelector('path')!.getAttribute('d');
    const checkMark = iconPath();

    await waitUntil(() => feedback(el) === '', 'feedback should disappear', {timeout: 2000});
    expect(iconPath(), 'the icon switches back from the check mark').not.to.equal(checkMark);
  });

  it('copies through the textarea fallback when the Clipboard API is refused, keeping focus', async () => {
    stubClipboard(refuse);
    const copied = stubExecCommand(true);
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="XXXXX-YYYYY"></ns-copy-button>`,
    );
    button(el).focus();
    button(el).click();
    await oneEvent(el, 'copy-done');
    await el.updateComplete;
    expect(copied).to.deep.equal(['XXXXX-YYYYY']);
    expect(feedback(el)).to.equal('Copied');
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('works from the keyboard', async () => {
    const written = stubClipboard(accept);
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="via-keyboard"></ns-copy-button>`,
    );
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => feedback(el) === 'Copied');
    expect(written).to.deep.equal(['via-keyboard']);
  });

  it('says how to copy by hand when copying fails, and does not throw', async () => {
    stubClipboard(refuse);
    stubExecCommand(false);
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button value="abc" feedback-ms="20"></ns-copy-button>`,
    );
    button(el).click();
    const done = (await oneEvent(el, 'copy-done')) as CustomEvent<CopyDoneDetail>;
    await el.updateComplete;
    expect(done.detail.ok).to.equal(false);
    expect(feedback(el)).to.equal('Copy failed — select and copy manually');
    // Unlike "Copied", the failure stays until the user tries again.
    await aTimeout(60);
    expect(feedback(el)).to.equal('Copy failed — select and copy manually');
  });

  it('keeps copy-done internal: it neither bubbles nor leaves the element', async () => {
    stubClipboard(accept);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><ns-copy-button value="v"></ns-copy-button></div>`,
    );
    const el = wrapper.querySelector('ns-copy-button')!;
    let leaked = false;
    wrapper.addEventListener('copy-done', () => (leaked = true));
    button(el).click();
    const done = await oneEvent(el, 'copy-done');
    expect(done.bubbles).to.equal(false);
    expect(done.composed).to.equal(false);
    expect(leaked).to.equal(false);
  });

  it('clears old feedback when the value changes', async () => {
    stubClipboard(accept);
    const el = await fixture<NsCopyButton>(html`<ns-copy-button value="one"></ns-copy-button>`);
    button(el).click();
    await waitUntil(() => feedback(el) === 'Copied');
    el.value = 'two';
    await el.updateComplete;
    expect(feedback(el)).to.equal('');
  });

  it('is disabled while there is nothing to copy', async () => {
    const el = await fixture<NsCopyButton>(html`<ns-copy-button></ns-copy-button>`);
    expect(button(el).disabled).to.equal(true);
    el.value = 'now';
    await el.updateComplete;
    expect(button(el).disabled).to.equal(false);
  });

  it('takes translated strings', async () => {
    stubClipboard(accept);
    const el = await fixture<NsCopyButton>(
      html`<ns-copy-button
        value="x"
        .strings=${{copy: 'Kopieren', copied: 'Kopiert'}}
      ></ns-copy-button>`,
    );
    expect(button(el).textContent!.trim()).to.equal('Kopieren');
    button(el).click();
    await waitUntil(() => feedback(el) === 'Kopiert');
  });
});
