/**
 * nanostream-elements: registers every element (the provider first, so that it is ready before
 * its consumers) and re-exports their classes, the API client, the events and the context keys.
 */
export * from './elements/ns-api-provider/ns-api-provider.js';
export * from './events.js';
export {apiContext, sessionContext, roleMay} from './context.js';
export type {NsSession, SessionStatus} from './context.js';
export {BintuClient, DEFAULT_BASE_URL, DEFAULT_TOKEN_SERVICE_URL} from './api/client.js';
export type {BintuClientOptions, RequestOptions, StreamQuery, StreamPage} from './api/client.js';
export {ApiError, isApiError} from './api/errors.js';
export type * from './api/types.js';
export * from './elements/ns-live-processing/ns-live-processing.js';
export * from './elements/ns-token-info/ns-token-info.js';
export * from './elements/ns-snippet-builder/ns-snippet-builder.js';
export * from './snippets/index.js';
export * from './token/index.js';
export * from './elements/ns-stream-list/ns-stream-list.js';
export * from './elements/ns-stream-search/ns-stream-search.js';
export * from './elements/ns-abr-table/ns-abr-table.js';
export * from './elements/ns-stream-overview/ns-stream-overview.js';
