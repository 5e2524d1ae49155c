// Runs in its own page: importing the mock must create nothing and touch no globals.
import {expect} from '@open-wc/testing';

describe('mock module', () => {
  it('has no side effects on import', async () => {
    const globalsBefore = Object.getOwnPropertyNames(globalThis);
    const fetchBefore = globalThis.fetch;

    const mock = await import('../../src/mock/index.js');

    expect(typeof mock.createMockServer).to.equal('function');
    expect(Object.getOwnPropertyNames(globalThis)).to.deep.equal(globalsBefore);
    expect(globalThis.fetch).to.equal(fetchBefore);
    // No service worker was registered.
    const registrations = navigator.serviceWorker
      ? await navigator.serviceWorker.getRegistrations()
      : [];
    expect(registrations).to.deep.equal([]);
    // Nothing is served until a server is created, and creating one touches no globals either.
    const server = await mock.createMockServer({streams: 1});
    expect(server.requests).to.deep.equal([]);
    expect(Object.getOwnPropertyNames(globalThis)).to.deep.equal(globalsBefore);
    expect(globalThis.fetch).to.equal(fetchBefore);
  });

  it('the msw entry adds nothing but msw’s own interceptor registry', async () => {
    const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
    const fetchBefore = globalThis.fetch;
    const msw = await import('../../src/mock/msw.js');
    expect(typeof msw.createMswHandlers).to.equal('function');
    const added = Object.getOwnPropertyNames(globalThis).filter(name => !globalsBefore.has(name));
    expect(added.filter(name => name !== '__MSW_INTERCEPTORS_REGISTRY')).to.deep.equal([]);
    expect(globalThis.fetch).to.equal(fetchBefore);
  });
});
