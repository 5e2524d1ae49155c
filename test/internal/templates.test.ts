import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import type {TemplateResult} from 'lit';
import {ApiError} from '../../src/api/errors.js';
import {sharedStyles} from '../../src/internal/styles.js';
import {
  describeError,
  errorDetail,
  renderEmpty,
  renderError,
  renderPending,
} from '../../src/internal/templates.js';

/** Renders a template in a shadow root with the shared styles, as an ns element would. */
class StateHost extends LitElement {
  static override styles = sharedStyles;
  static override properties = {content: {attribute: false}};
  declare content: TemplateResult | undefined;
  override render() {
    return this.content;
  }
}
customElements.define('ns-test-state-host', StateHost);

async function show(content: TemplateResult) {
  const el = await fixture<StateHost>(
    html`<ns-test-state-host .content=${content}></ns-test-state-host>`,
  );
  const root = el.shadowRoot!;
  return {el, root, text: () => root.textContent!.replace(/\s+/g, ' ').trim()};
}

const http = (status: number, message: string, code?: number) =>
  new ApiError(message, {kind: 'http', status, code});

describe('shared state templates', () => {
  describe('renderPending', () => {
    it('renders a busy status region that names what is loading', async () => {
      const {root, text} = await show(renderPending());
      const region = root.querySelector('[part="pending"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-busy')).to.equal('true');
      expect(text()).to.equal('Loading…');
    });

    it('is accessible', async () => {
      const {el} = await show(renderPending('Loading streams…'));
      await expect(el).to.be.accessible();
    });

    it('shows skeleton lines (hidden from screen readers) for the expected rows', async () => {
      const {root, text} = await show(renderPending('Loading streams…', {rows: 5}));
      const skeleton = root.querySelector('.ns-skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.querySelectorAll('.ns-skeleton-line')).to.have.length(5);
      expect(
        skeleton.querySelector('.ns-skeleton-line')!.getBoundingClientRect().height,
      ).to.be.greaterThan(0);
      expect(text()).to.equal('Loading streams…');
    });

    it('keeps the skeleton to a sane size', async () => {
      expect(
        (await show(renderPending(undefined, {rows: 0}))).root.querySelectorAll(
          '.ns-skeleton-line',
        ),
      ).to.have.length(1);
      expect(
        (await show(renderPending(undefined, {rows: 999}))).root.querySelectorAll(
          '.ns-skeleton-line',
        ),
      ).to.have.length(20);
      expect(
        (await show(renderPending(undefined, {rows: Number.NaN}))).root.querySelectorAll(
          '.ns-skeleton-line',
        ),
      ).to.have.length(1);
    });

    it('takes translated strings', async () => {
      const {text} = await show(renderPending(undefined, {strings: {loading: 'Wird geladen…'}}));
      expect(text()).to.equal('Wird geladen…');
    });
  });

  describe('renderEmpty', () => {
    it('renders the message in a status region', async () => {
      const {root, text} = await show(renderEmpty('No streams found'));
      expect(root.querySelector('[part="empty"]')!.getAttribute('role')).to.equal('status');
      expect(text()).to.equal('No streams found');
      expect(root.querySelector('button')).to.equal(null);
    });

    it('is accessible, with its action', async () => {
      const {el} = await show(
        renderEmpty('No streams found', {label: 'Clear filters', onClick() {}}),
      );
      await expect(el).to.be.accessible();
    });

    it('offers a real button for its action', async () => {
      let clicks = 0;
      const {root} = await show(
        renderEmpty('No streams match', {label: 'Clear filters', onClick: () => clicks++}),
      );
      const button = root.querySelector<HTMLButtonElement>('button[part="empty-action"]')!;
      expect(button.type).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Clear filters');
      button.click();
      expect(clicks).to.equal(1);
    });

    it('shows markup in the message as text', async () => {
      const {root, text} = await show(renderEmpty('<img src=x onerror="alert(1)">'));
      expect(root.querySelector('img')).to.equal(null);
      expect(text()).to.equal('<img src=x onerror="alert(1)">');
    });
  });

  describe('renderError', () => {
    it('shows a friendly message, the bintu code and the status, as an alert', async () => {
      const {root, text} = await show(renderError(http(403, 'token invalid', 2001), () => {}));
      expect(root.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(root.querySelector('[part="error-message"]')!.textContent!.trim()).to.equal(
        'Access denied',
      );
      expect(text()).to.include('(code 2001)');
      expect(text()).to.include('HTTP status 403');
    });

    it('is accessible', async () => {
      const {el} = await show(renderError(http(403, 'x', 2001), () => {}));
      await expect(el).to.be.accessible();
    });

    it('has a real Retry button that calls onRetry', async () => {
      let retries = 0;
      const {root} = await show(renderError(new Error('boom'), () => retries++));
      const button = root.querySelector<HTMLButtonElement>('button[part="retry-button"]')!;
      expect(button.textContent!.trim()).to.equal('Retry');
      button.click();
      button.click();
      expect(retries).to.equal(2);
    });

    it('explains network failures and timeouts without a status line', async () => {
      const network = await show(
        renderError(new ApiError('Failed to fetch', {kind: 'network', status: 0}), () => {}),
      );
      expect(network.text()).to.equal(
        'Could not reach the nanoStream API. Check your connection. Retry',
      );
      expect(network.root.querySelector('[part="error-meta"]')).to.equal(null);
      const timeout = await show(
        renderError(new ApiError('timed out', {kind: 'timeout', status: 0}), () => {}),
      );
      expect(timeout.text()).to.equal('The nanoStream API did not answer in time. Retry');
    });

    it('says "Not found" for a 404 and shows other errors in their own words, as text', async () => {
      expect((await show(renderError(http(404, 'stream not found'), () => {}))).text()).to.equal(
        'Not found HTTP status 404 Retry',
      );
      const {root, text} = await show(
        renderError(http(500, '<b>Internal</b> error', 5000), () => {}),
      );
      expect(root.querySelector('b')).to.equal(null);
      expect(text()).to.equal('<b>Internal</b> error (code 5000) · HTTP status 500 Retry');
    });

    it('handles non-API errors and non-errors', async () => {
      expect((await show(renderError(new TypeError('x is undefined'), () => {}))).text()).to.equal(
        'x is undefined Retry',
      );
      expect((await show(renderError({weird: true}, () => {}))).text()).to.equal(
        'An unexpected error occurred. Retry',
      );
      expect(describeError('plain string').message).to.equal('plain string');
    });

    it('takes translated strings', async () => {
      const {text} = await show(
        renderError(http(403, 'x', 2001), () => {}, {
          errorForbidden: 'Zugriff verweigert',
          errorCode: '(Code {code})',
          errorStatus: 'HTTP-Status {status}',
          retry: 'Erneut versuchen',
        }),
      );
      expect(text()).to.equal('Zugriff verweigert (Code 2001) · HTTP-Status 403 Erneut versuchen');
    });
  });

  describe('errorDetail', () => {
    it('builds the ns-load-error detail from an ApiError', () => {
      expect(errorDetail(http(403, 'token invalid', 2001))).to.deep.equal({
        status: 403,
        code: 2001,
        message: 'token invalid',
      });
      expect(errorDetail(http(502, 'Bad gateway'))).to.deep.equal({
        status: 502,
        message: 'Bad gateway',
      });
      expect(errorDetail(new ApiError('', {kind: 'network', status: 0}))).to.deep.equal({
        status: 0,
        message: 'Could not reach the nanoStream API. Check your connection.',
      });
    });

    it('uses status 0 for anything else', () => {
      expect(errorDetail(new Error('boom'))).to.deep.equal({status: 0, message: 'boom'});
      expect(errorDetail(undefined)).to.deep.equal({
        status: 0,
        message: 'An unexpected error occurred.',
      });
    });
  });
});
