import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  deletedStream,
  liveGroup,
  liveSingle,
  lockedSingle,
  secureGroup,
  secureSingle,
  type NsLoaded,
  type NsParameters,
  whenFailing,
  whileLoading,
} from './support/scenario.js';

interface Args {
  tab: 'overview' | 'live-processing' | 'code-snippets';
}

const meta = {
  title: 'Elements/ns-stream-overview',
  component: 'ns-stream-overview',
  tags: ['autodocs'],
  args: {tab: 'overview'},
  argTypes: {
    tab: {control: 'inline-radio', options: ['overview', 'live-processing', 'code-snippets']},
  },
  parameters: {ns: {stream: liveSingle} satisfies NsParameters},
  render: (args, {loaded}) =>
    html`<ns-stream-overview
      stream-id=${(loaded as NsLoaded).streamId}
      tab=${args.tab}
    ></ns-stream-overview>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A live single stream: details, ingest, playout, VOD; Stop & Lock and Delete for an admin. */
export const SingleStream: Story = {};

/** An ABR stream group: the compact details and its playouts in `<ns-abr-table>`. */
export const StreamGroup: Story = {
  parameters: {ns: {stream: liveGroup} satisfies NsParameters},
};

/** Secure playback: the secure badge, the decoded playback token, and URLs that carry it. */
export const Secure: Story = {
  parameters: {
    ns: {stream: secureSingle, mock: {features: {secure: true}}} satisfies NsParameters,
  },
};

/** A secure stream group. */
export const SecureGroup: Story = {
  parameters: {
    ns: {stream: secureGroup, mock: {features: {secure: true}}} satisfies NsParameters,
  },
};

/** A locked stream: Unlock instead of Stop & Lock. */
export const Locked: Story = {
  parameters: {ns: {stream: lockedSingle} satisfies NsParameters},
};

/** For a viewer: no Stop & Lock, no Delete, nothing editable. */
export const ReadOnly: Story = {
  parameters: {ns: {stream: liveSingle, role: 'nanoReadOnly'} satisfies NsParameters},
};

/** While the stream loads. */
export const Loading: Story = {
  parameters: whileLoading('getStream', liveSingle),
};

/** The stream cannot load: the API's message and code, and Retry. */
export const LoadError: Story = {
  parameters: whenFailing('getStream', liveSingle),
};

/** A deleted stream: "Stream not found". */
export const NotFound: Story = {
  parameters: {ns: {stream: deletedStream} satisfies NsParameters},
};

/** The live-processing tab. */
export const LiveProcessingTab: Story = {
  args: {tab: 'live-processing'},
};

/** The code-snippets tab of a group. */
export const CodeSnippetsTab: Story = {
  args: {tab: 'code-snippets'},
  parameters: {ns: {stream: liveGroup} satisfies NsParameters},
};
