// Type-level tests, checked by `npm run typecheck` (not run in the browser): the bare tags in
// React 19 TSX through `nanostream-elements/jsx`, and the wrappers of `nanostream-elements/react`.
// Each `@ts-expect-error` line is a mistake a React developer must be told about; if the types
// stopped catching it, the directive itself would fail the typecheck.
import type {} from '../../src/jsx.js';
import {NsApiProvider, NsStreamList, NsStreamOverview, NsTokenInfo} from '../../src/react/index.js';
import type {NsStreamListProps} from '../../src/react/index.js';
import type {NsQueryChangeEvent, NsStreamSelectEvent} from '../../src/events.js';
import type {BintuClient} from '../../src/api/client.js';
import type {NsTokenInfo as NsTokenInfoElement} from '../../src/index.js';
import {createRef} from 'react';

declare const client: BintuClient;
const open = (streamId: string) => streamId;

export const bareTags = (
  <ns-api-provider mock role="nanoReadOnly" base-url="https://bintu.example" theme="dark">
    <ns-stream-list
      page-size="50"
      state="live"
      date-range="this-week"
      individual-streams
      tags={['webinar', 'camera']}
      page={2}
      refresh-interval={30}
      className="streams"
      onns-stream-select={event => open(event.detail.streamId)}
      onns-query-change={event => event.detail.pageSize.toFixed()}
    />
    <ns-stream-list page-size={100} />
    <ns-stream-overview stream-id="8f3c" tab="code-snippets" />
    <ns-snippet-builder latency-mode="fastadaptive" start-quality="medium-low" />
    <ns-stream-search value="a1b2c-d3e4f" onns-stream-select={e => e.detail.streamgroupId} />
    <ns-token-info token="eyJhbGciOi" />
    <ns-live-processing stream-id="8f3c" process="replay" />
    <ns-abr-table stream-id="8f3c" />

    {/* @ts-expect-error not a state filter */}
    <ns-stream-list state="running" />
    {/* @ts-expect-error page-size is a number */}
    <ns-stream-list page-size="fifty" />
    {/* @ts-expect-error not a date range */}
    <ns-stream-list date-range="next-week" />
    {/* @ts-expect-error React 19 sets `page` as the property, a number */}
    <ns-stream-list page="2" />
    {/* @ts-expect-error React 19 sets `tags` as the property, an array */}
    <ns-stream-list tags="webinar" />
    {/* @ts-expect-error a provider's role is a bintu role, not an ARIA role */}
    <ns-api-provider role="region" />
    {/* @ts-expect-error not a tab */}
    <ns-stream-overview tab="settings" />
    {/* @ts-expect-error not a latency mode */}
    <ns-snippet-builder latency-mode="fast" />
    {/* @ts-expect-error no such attribute */}
    <ns-token-info tokn="eyJ" />
    {/* @ts-expect-error the list's select event has no `action` */}
    <ns-stream-list onns-stream-select={event => event.detail.action} />
  </ns-api-provider>
);

// A ref is the element itself, with its read-only properties.
const tokenInfo = createRef<NsTokenInfoElement>();
export const decoded = () => tokenInfo.current?.decodedToken;
const onSelect = (event: NsStreamSelectEvent) => open(event.detail.streamId);
const onQuery = (event: NsQueryChangeEvent) => event.detail.tags.join(',');

export const wrappers = (
  <NsApiProvider mock mockOptions={{latencyMs: 0, streams: 3}} onNsLoadError={e => e.detail.status}>
    <NsStreamList
      pageSize={50}
      state="deleted"
      tags={['webinar']}
      strings={{retry: 'Nochmal'}}
      onNsStreamSelect={onSelect}
      onNsQueryChange={onQuery}
    />
    <NsStreamList client={client} />
    <NsStreamOverview streamId="8f3c" onNsStreamAction={e => e.preventDefault()} />
    <NsTokenInfo token="eyJ" ref={tokenInfo} />

    {/* @ts-expect-error pageSize is a number */}
    <NsStreamList pageSize="50" />
    {/* @ts-expect-error not a state filter */}
    <NsStreamList state="running" />
    {/* @ts-expect-error the handler gets an NsStreamSelectEvent, not an NsQueryChangeEvent */}
    <NsStreamList onNsStreamSelect={onQuery} />
    {/* @ts-expect-error the token info fires no ns-stream-select */}
    <NsTokenInfo onNsStreamSelect={onSelect} />
    {/* @ts-expect-error mockOptions is an object of mock settings */}
    <NsApiProvider mockOptions="seed=1" />
  </NsApiProvider>
);

export const listProps: NsStreamListProps = {pageSize: 25, onNsStreamSelect: onSelect};
