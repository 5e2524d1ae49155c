import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  growableGroup,
  liveGroup,
  liveSingle,
  type NsLoaded,
  type NsParameters,
  whenFailing,
  whileLoading,
} from './support/scenario.js';

const meta = {
  title: 'Elements/ns-abr-table',
  component: 'ns-abr-table',
  tags: ['autodocs'],
  parameters: {ns: {stream: liveGroup} satisfies NsParameters},
  render: (_args, {loaded}) =>
    html`<ns-abr-table stream-id=${(loaded as NsLoaded).streamId}></ns-abr-table>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A group's passthrough and transcodes, with editable tags and push URLs. */
export const Group: Story = {};

/** A group with room for another transcode: "Add Profile" offers the profiles below the lowest. */
export const AddProfile: Story = {
  parameters: {ns: {stream: growableGroup} satisfies NsParameters},
};

/** For a viewer: nothing editable, no "Add Profile". */
export const ReadOnly: Story = {
  parameters: {ns: {stream: liveGroup, role: 'nanoReadOnly'} satisfies NsParameters},
};

/** A single stream has no playouts to list. */
export const SingleStream: Story = {
  parameters: {ns: {stream: liveSingle} satisfies NsParameters},
};

/** While the group loads. */
export const Loading: Story = {
  parameters: whileLoading('getStream', liveGroup),
};

/** The group cannot load. */
export const LoadError: Story = {
  parameters: whenFailing('getStream', liveGroup),
};
