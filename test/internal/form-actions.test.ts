import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {renderFormActions} from '../../src/internal/form-actions.js';

function mount(busy: boolean, small?: boolean) {
  const host = document.createElement('div');
  let cancelled = 0;
  render(
    renderFormActions({
      busy,
      ...(small === undefined ? {} : {small}),
      submit: {label: 'Save', part: 'save-button'},
      cancel: {label: 'Cancel', part: 'cancel-button', onClick: () => cancelled++},
    }),
    host,
  );
  const [submit, cancel] = [...host.querySelectorAll('button')];
  return {submit: submit!, cancel: cancel!, cancelled: () => cancelled};
}

describe('renderFormActions', () => {
  it('renders a primary submit button and a secondary Cancel button with their parts', () => {
    const {submit, cancel, cancelled} = mount(false);
    expect(submit.type).to.equal('submit');
    expect(submit.getAttribute('part')).to.equal('save-button');
    expect(submit.textContent!.trim()).to.equal('Save');
    expect(submit.classList.contains('primary')).to.equal(true);
    expect(cancel.type).to.equal('button');
    expect(cancel.getAttribute('part')).to.equal('cancel-button');
    expect(cancel.classList.contains('secondary')).to.equal(true);
    expect(submit.classList.contains('small')).to.equal(false);
    cancel.click();
    expect(cancelled()).to.equal(1);
  });

  it('disables both while busy, and makes them small for an in-place editor', () => {
    const {submit, cancel} = mount(true, true);
    expect(submit.disabled && cancel.disabled).to.equal(true);
    expect(submit.classList.contains('small') && cancel.classList.contains('small')).to.equal(true);
  });
});
