/**
 * Mock Service Worker (msw v3) handlers for the mock server, for Storybook and other pages that
 * keep the real network transport (`nanostream-elements/mock/msw`). Not re-exported from the
 * mock's index, so that the provider's mock never pulls in msw. (Importing msw itself defines its
 * `globalThis.__MSW_INTERCEPTORS_REGISTRY`; this module adds nothing else.)
 *
 * @example
 * const server = await createMockServer();
 * const worker = setupWorker(...createMswHandlers(server)); // from 'msw/browser'
 * await worker.start({onUnhandledFrame: 'bypass', quiet: true}); // v3: onUnhandledFrame, not onUnhandledRequest
 */
import {HttpResponse, http, type HttpHandler} from 'msw/http';
import type {MockServer} from './index.js';

/** One `http.all()` handler per host (API and token service), both delegating to `server.handle`. */
export function createMswHandlers(server: MockServer): HttpHandler[] {
  const resolver = async ({request}: {request: Request}): Promise<Response> => {
    try {
      const response = await server.handle(request);
      // A network fault (or an abort) reaches the page as a failed fetch, like on a real network.
      return response.type === 'error' ? HttpResponse.error() : response;
    } catch {
      return HttpResponse.error();
    }
  };
  return [
    http.all(`${server.baseUrl}/*`, resolver),
    http.all(`${server.tokenServiceUrl}/*`, resolver),
  ];
}
