import {expect} from '@open-wc/testing';
import type {Stream} from '../../../src/api/types.js';
import {matchOf} from '../../../src/elements/ns-stream-search/find.js';
import {searchView} from '../../../src/elements/ns-stream-search/ns-stream-search.view.js';

const found = {kind: 'found', streamId: 'id-1', streamname: 'HX26g-NRbx9'} as const;

describe('ns-stream-search view', () => {
  it('says nothing before a search', () => {
    expect(searchView({validation: null, current: false, phase: 'idle'})).to.deep.equal({
      tone: '',
      invalid: false,
      busy: false,
      showError: false,
    });
  });

  it('explains invalid and empty input (only invalid input is aria-invalid)', () => {
    const invalid = searchView({
      validation: 'invalid',
      current: true,
      phase: 'complete',
      outcome: found,
    });
    expect(invalid).to.deep.equal({
      message: {key: 'invalid'},
      tone: 'invalid',
      invalid: true,
      busy: false,
      showError: false,
    });
    const empty = searchView({validation: 'empty', current: false, phase: 'idle'});
    expect(empty).to.include({tone: 'invalid', invalid: false});
    expect(empty.message).to.deep.equal({key: 'empty'});
  });

  it('says it is searching, and is busy, while the search for the text runs', () => {
    expect(searchView({validation: null, current: true, phase: 'pending'})).to.deep.equal({
      message: {key: 'searching'},
      tone: '',
      invalid: false,
      busy: true,
      showError: false,
    });
    // A search for an earlier text: still busy, but nothing said about this text.
    expect(searchView({validation: null, current: false, phase: 'pending'})).to.deep.equal({
      tone: '',
      invalid: false,
      busy: true,
      showError: false,
    });
  });

  it('names what it found, that nothing was found, or that the API cannot search so', () => {
    const done = (outcome: Parameters<typeof searchView>[0]['outcome']) =>
      searchView({validation: null, current: true, phase: 'complete', outcome});
    expect(done(found)).to.include({tone: 'found'});
    expect(done(found).message).to.deep.equal({key: 'found', vars: {streamname: 'HX26g-NRbx9'}});
    expect(done({kind: 'none'}).message).to.deep.equal({key: 'notFound'});
    expect(done({kind: 'none'}).tone).to.equal('not-found');
    expect(done({kind: 'not-offered'}).message).to.deep.equal({key: 'streamnameNotOffered'});
    expect(done({kind: 'not-offered'}).tone).to.equal('not-offered');
  });

  it('shows the error panel only for a failed search of the text in the field', () => {
    expect(searchView({validation: null, current: true, phase: 'error'})).to.deep.equal({
      tone: '',
      invalid: false,
      busy: false,
      showError: true,
    });
    expect(searchView({validation: null, current: false, phase: 'error'}).showError).to.equal(
      false,
    );
    expect(searchView({validation: 'invalid', current: true, phase: 'error'}).showError).to.equal(
      false,
    );
  });
});

describe('ns-stream-search matchOf', () => {
  const row = (id: string, streamname: string, h5live: unknown[] = []) =>
    ({id, ingest: {rtmp: {streamname}}, playout: {h5live}}) as unknown as Stream;

  it('finds the stream whose streamname it is, exactly', () => {
    const streams = [row('a', 'HX26g-NRbx9'), row('b', 'AAAAA-BBBBB')];
    expect(matchOf(streams, 'AAAAA-BBBBB')).to.deep.equal({
      kind: 'found',
      streamId: 'b',
      streamname: 'AAAAA-BBBBB',
    });
    expect(matchOf(streams, 'aaaaa-bbbbb')).to.equal(undefined);
  });

  it('finds a member among a group row’s playouts', () => {
    const group = row('g', 'GROUP-00000', [{id: 'm', rtmp: {streamname: 'MEMBR-11111'}}]);
    expect(matchOf([group], 'MEMBR-11111')).to.deep.equal({
      kind: 'found',
      streamId: 'm',
      streamgroupId: 'g',
      streamname: 'MEMBR-11111',
    });
  });
});
