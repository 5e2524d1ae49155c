// Proves the test toolchain: TypeScript + legacy decorators compile, Lit renders in Chromium,
// @open-wc/testing fixtures and the axe accessibility assertion work.
import {LitElement, html as litHtml} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {expect, fixture, html} from '@open-wc/testing';

@customElement('tooling-smoke')
class ToolingSmoke extends LitElement {
  @property() name = 'world';

  override render() {
    return litHtml`<p>Hello, ${this.name}!</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tooling-smoke': ToolingSmoke;
  }
}

describe('tooling smoke test', () => {
  it('renders a decorated Lit element and passes axe', async () => {
    const el = await fixture<ToolingSmoke>(html`<tooling-smoke name="tests"></tooling-smoke>`);
    expect(el).to.be.instanceOf(ToolingSmoke);
    expect(el.shadowRoot?.textContent).to.contain('Hello, tests!');
    el.name = 'decorators';
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Hello, decorators!');
    await expect(el).to.be.accessible();
  });
});
