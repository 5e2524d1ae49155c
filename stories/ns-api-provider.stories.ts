import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {liveSingle, type NsLoaded, type NsParameters} from './support/scenario.js';

const meta = {
  title: 'Elements/ns-api-provider',
  component: 'ns-api-provider',
  tags: ['autodocs'],
  // These stories render their own provider.
  parameters: {ns: {noProvider: true, stream: liveSingle} satisfies NsParameters},
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The built-in mock organisation (`mock`): no account, no network; two panels share one client. */
export const BuiltInMock: Story = {
  render: () =>
    html`<ns-api-provider mock>
      <ns-stream-search></ns-stream-search>
      <ns-stream-list page-size="25"></ns-stream-list>
    </ns-api-provider>`,
};

/* eslint-disable lit-a11y/aria-role -- the provider's `role` is the nanoStream role, not ARIA's */
/** `role="nanoReadOnly"` makes the portal read-only whatever the token allows. */
export const ReadOnlyRole: Story = {
  render: (_args, {loaded}) => {
    const {server, streamId} = loaded as NsLoaded;
    return html`<ns-api-provider
      role="nanoReadOnly"
      .fetch=${server.fetch}
      .getToken=${() => server.issueUserToken('nanoAdmin')}
    >
      <ns-stream-overview stream-id=${streamId}></ns-stream-overview>
    </ns-api-provider>`;
  },
};

/* eslint-enable lit-a11y/aria-role */

/** The organisation cannot be loaded: the provider says why, with Retry. */
export const OrganisationError: Story = {
  parameters: {
    ns: {
      noProvider: true,
      faults: [
        {
          target: 'getOrganisation',
          fault: {status: 403, body: {error: {message: 'Organisation is not enabled', code: 2001}}},
        },
      ],
    } satisfies NsParameters,
  },
  render: (_args, {loaded}) => {
    const {server} = loaded as NsLoaded;
    return html`<ns-api-provider
      .fetch=${server.fetch}
      .getToken=${() => server.issueUserToken('nanoAdmin')}
    >
      <ns-stream-list></ns-stream-list>
    </ns-api-provider>`;
  },
};
