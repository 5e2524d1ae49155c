import {expect} from '@open-wc/testing';
import {parseSearch} from '../../../src/elements/ns-stream-search/validate.js';

describe('ns-stream-search logic: what the search accepts', () => {
  it('accepts a UUID as a stream ID, trimmed, as typed', () => {
    expect(parseSearch(' 5f86a12f-3801-415a-b450-6b6a46842349 ')).to.deep.equal({
      kind: 'id',
      value: '5f86a12f-3801-415a-b450-6b6a46842349',
    });
    expect(parseSearch('5F86A12F-3801-415A-B450-6B6A46842349').kind).to.equal('id');
  });

  it('accepts XXXXX-YYYYY (5 + 5 letters or digits) as a streamname, case kept', () => {
    expect(parseSearch('HX26g-NRbx9')).to.deep.equal({kind: 'streamname', value: 'HX26g-NRbx9'});
    expect(parseSearch('hx26g-nrbx9')).to.deep.equal({kind: 'streamname', value: 'hx26g-nrbx9'});
  });

  it('rejects everything else', () => {
    for (const text of [
      'HX26g-NRbx',
      'HX26g_NRbx9',
      'HX26g-NRbx9x',
      'HX2 g-NRbx9',
      'HX26ä-NRbx9',
      '5f86a12f-3801-415a-b450-6b6a4684234',
      '5f86a12f3801415ab4506b6a46842349',
      'g5f86a12f-3801-415a-b450-6b6a46842349',
      'production',
    ]) {
      expect(parseSearch(text).kind, text).to.equal('invalid');
    }
    expect(parseSearch('   ').kind).to.equal('empty');
  });
});
