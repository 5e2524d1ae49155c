import {expect} from '@open-wc/testing';
import type {BintuClient} from '../../../src/api/client.js';
import {ApiError} from '../../../src/api/errors.js';
import {loadAccount} from '../../../src/elements/ns-api-provider/account.js';

const http = (status: number) => new ApiError(`HTTP ${status}`, {kind: 'http', status});

/** A client whose `/organisation` and `/user` answer as given. */
function client(organisation: () => Promise<unknown>, user: () => Promise<unknown>) {
  const asked: string[] = [];
  const fake = {
    getOrganisation: () => (asked.push('organisation'), organisation()),
    getUser: () => (asked.push('user'), user()),
  } as unknown as BintuClient;
  return {fake, asked};
}

const acme = {name: 'Acme', hash: 'Ab3De'};
const signal = new AbortController().signal;

describe('ns-api-provider account', () => {
  it('takes the organisation and the role the server names', async () => {
    const {fake} = client(
      async () => acme,
      async () => ({permission: 'nanoUser'}),
    );
    expect(await loadAccount(fake, null, signal)).to.deep.equal({
      organisation: acme,
      role: 'nanoUser',
      failures: [],
    });
  });

  it('does not ask for the role the host stated', async () => {
    const {fake, asked} = client(
      async () => acme,
      async () => ({permission: 'nanoAdmin'}),
    );
    const account = await loadAccount(fake, 'nanoReadOnly', signal);
    expect(asked).to.deep.equal(['organisation']);
    expect(account.role).to.equal(undefined);
  });

  it('reads a 403 from /user as nanoReadOnly, and an unknown permission as no role', async () => {
    const forbidden = client(
      async () => acme,
      () => Promise.reject(http(403)),
    );
    expect((await loadAccount(forbidden.fake, null, signal)).role).to.equal('nanoReadOnly');
    const odd = client(
      async () => acme,
      async () => ({permission: 'superuser'}),
    );
    expect(await loadAccount(odd.fake, null, signal)).to.deep.equal({
      organisation: acme,
      failures: [],
    });
  });

  it('leaves out what failed, and reports only what is not "not offered"', async () => {
    const failure = http(500);
    const {fake} = client(
      () => Promise.reject(failure),
      () => Promise.reject(http(405)),
    );
    expect(await loadAccount(fake, null, signal)).to.deep.equal({failures: [failure]});
    const network = new ApiError('offline', {kind: 'network', status: 0});
    const other = client(
      () => Promise.reject(http(404)),
      () => Promise.reject(network),
    );
    expect(await loadAccount(other.fake, null, signal)).to.deep.equal({failures: [network]});
  });
});
