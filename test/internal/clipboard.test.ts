import {expect, fixture, html} from '@open-wc/testing';
import {copyText} from '../../src/internal/clipboard.js';
import {accept, refuse, restoreLast, stubClipboard, stubExecCommand} from '../helpers/clipboard.js';

// --- copyText -----------------------------------------------------------------------------------

describe('copyText()', () => {
  it('writes through the Clipboard API when it is allowed', async () => {
    const written = stubClipboard(accept);
    const copied = stubExecCommand(true);
    expect(await copyText('rtmp://ingest/live')).to.equal(true);
    expect(written).to.deep.equal(['rtmp://ingest/live']);
    expect(copied).to.deep.equal([]);
  });

  it('falls back to a selected textarea when the Clipboard API refuses (iframe without permission)', async () => {
    const written = stubClipboard(refuse);
    const copied = stubExecCommand(true);
    expect(await copyText('XXXXX-YYYYY')).to.equal(true);
    expect(written).to.deep.equal(['XXXXX-YYYYY']);
    expect(copied).to.deep.equal(['XXXXX-YYYYY']);
    expect(document.querySelector('textarea')).to.equal(null);
  });

  it('falls back when there is no Clipboard API at all', async () => {
    stubClipboard(undefined);
    const copied = stubExecCommand(true);
    expect(await copyText('a\nmulti-line <snippet>')).to.equal(true);
    expect(copied).to.deep.equal(['a\nmulti-line <snippet>']);
  });

  it('gives the user back their focus and selection', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <p id="text">Some selected words</p>
        <input id="field" value="typed text" />
      </div>
    `);
    stubClipboard(refuse);
    stubExecCommand(true);

    const field = page.querySelector<HTMLInputElement>('#field')!;
    field.focus();
    field.setSelectionRange(2, 5);
    await copyText('copied');
    expect(document.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([2, 5]);

    field.blur();
    const range = document.createRange();
    range.selectNodeContents(page.querySelector('#text')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await copyText('copied');
    expect(document.getSelection()!.toString()).to.equal('Some selected words');
  });

  it('reports failure, without throwing, when every way is refused', async () => {
    stubClipboard(refuse);
    stubExecCommand(false);
    expect(await copyText('x')).to.equal(false);
    restoreLast();
    stubExecCommand('throw');
    expect(await copyText('x')).to.equal(false);
    expect(document.querySelector('textarea')).to.equal(null);
  });
});
