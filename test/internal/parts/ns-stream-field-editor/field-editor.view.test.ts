import {expect} from '@open-wc/testing';
import type {Stream} from '../../../../src/api/types.js';
import {
  confirmedValue,
  currentValue,
  draftOf,
  failureReason,
  shownValue,
  submitDecision,
} from '../../../../src/internal/parts/ns-stream-field-editor/field-editor.view.js';

describe('field editor view', () => {
  it('stands for the confirmed value, else the host’s, in the field’s shape', () => {
    expect(currentValue('tags', undefined, ['a'])).to.deep.equal(['a']);
    expect(currentValue('tags', ['b'], ['a'])).to.deep.equal(['b']);
    expect(currentValue('tags', undefined, 'oops')).to.deep.equal([]);
    expect(currentValue('push-url', undefined, 'rtmp://h/a')).to.equal('rtmp://h/a');
    expect(currentValue('push-url', undefined, undefined)).to.equal('');
  });

  it('shows tags, a URL, "No tags", "Not set", or the empty mark when the server did not say', () => {
    expect(shownValue('tags', undefined, ['a', 'b'])).to.deep.equal({
      kind: 'tags',
      tags: ['a', 'b'],
    });
    expect(shownValue('tags', undefined, [])).to.deep.equal({
      kind: 'none',
      key: 'noTags',
      unknown: false,
    });
    expect(shownValue('push-url', undefined, 'rtmp://h/a')).to.deep.equal({
      kind: 'url',
      url: 'rtmp://h/a',
    });
    expect(shownValue('push-url', undefined, '')).to.deep.equal({
      kind: 'none',
      key: 'noPushUrl',
      unknown: false,
    });
    expect(shownValue('push-url', undefined, undefined)).to.deep.equal({
      kind: 'none',
      key: 'noPushUrl',
      unknown: true,
    });
    expect(shownValue('push-url', '', undefined)).to.include({unknown: false});
  });

  it('opens with the tags comma-separated, or the URL', () => {
    expect(draftOf(['a', 'b'])).to.equal('a, b');
    expect(draftOf('rtmp://h/a')).to.equal('rtmp://h/a');
  });

  describe('submitDecision', () => {
    it('saves changed tags, ignores unchanged ones, refuses too long ones', () => {
      expect(submitDecision('tags', ' a, b ,a', ['x'])).to.deep.equal({
        kind: 'save',
        value: ['a', 'b'],
      });
      expect(submitDecision('tags', 'a, b', ['a', 'b'])).to.deep.equal({kind: 'unchanged'});
      const refused = submitDecision('tags', 'x'.repeat(129), []);
      expect(refused.kind === 'refuse' && refused.problem.key).to.equal('tagTooLong');
    });

    it('saves a changed push URL (empty removes it), refuses a non-RTMP one', () => {
      expect(submitDecision('push-url', ' rtmp://h/a/k ', '')).to.deep.equal({
        kind: 'save',
        value: 'rtmp://h/a/k',
      });
      expect(submitDecision('push-url', '', 'rtmp://h/a/k')).to.deep.equal({
        kind: 'save',
        value: '',
      });
      expect(submitDecision('push-url', 'rtmp://h/a/k', 'rtmp://h/a/k')).to.deep.equal({
        kind: 'unchanged',
      });
      expect(submitDecision('push-url', 'http://h/a', '')).to.deep.equal({
        kind: 'refuse',
        problem: {key: 'pushUrlInvalid'},
      });
    });
  });

  it('takes what the API answered, else what was sent', () => {
    const answer = {id: 's', tags: ['t'], push_url: 'rtmp://h/x'} as unknown as Stream;
    const bare = {id: 's'} as unknown as Stream;
    expect(confirmedValue('tags', answer, ['sent'])).to.deep.equal(['t']);
    expect(confirmedValue('tags', bare, ['sent'])).to.deep.equal(['sent']);
    expect(confirmedValue('push-url', answer, 'rtmp://h/sent')).to.equal('rtmp://h/x');
    expect(confirmedValue('push-url', bare, 'rtmp://h/sent')).to.equal('rtmp://h/sent');
  });

  it('makes a sentence of the failure, with the code', () => {
    expect(failureReason({message: 'Internal error', code: '(code 5000)'})).to.equal(
      'Internal error. (code 5000)',
    );
    expect(failureReason({message: 'Denied.', code: ''})).to.equal('Denied.');
  });
});
