import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  liveGroup,
  liveSingle,
  type NsLoaded,
  type NsParameters,
  whenFailing,
  whileLoading,
} from './support/scenario.js';

interface Args {
  process: 'thumbs' | 'motionclip' | 'replay' | 'rec';
}

const meta = {
  title: 'Elements/ns-live-processing',
  component: 'ns-live-processing',
  tags: ['autodocs'],
  args: {process: 'thumbs'},
  argTypes: {
    process: {control: 'inline-radio', options: ['thumbs', 'motionclip', 'replay', 'rec']},
  },
  parameters: {ns: {stream: liveSingle} satisfies NsParameters},
  render: (args, {loaded}) =>
    html`<ns-live-processing
      stream-id=${(loaded as NsLoaded).streamId}
      process=${args.process}
    ></ns-live-processing>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Thumbnails of a single stream. */
export const Thumbnails: Story = {};

/** Motion clips. */
export const MotionClips: Story = {args: {process: 'motionclip'}};

/** Live replay with its sessions. */
export const LiveReplay: Story = {args: {process: 'replay'}};

/** Recordings. */
export const Recordings: Story = {args: {process: 'rec'}};

/** A group: one tab per quality. */
export const Group: Story = {
  parameters: {ns: {stream: liveGroup} satisfies NsParameters},
};

/** For a viewer: the settings are shown, not editable. */
export const ReadOnly: Story = {
  parameters: {ns: {stream: liveSingle, role: 'nanoReadOnly'} satisfies NsParameters},
};

/** An organisation without the live-processing package: "Upgrade needed". */
export const WithoutPackage: Story = {
  parameters: {
    ns: {stream: liveSingle, mock: {features: {opcodes: false}}} satisfies NsParameters,
  },
};

/** While the stream loads. */
export const Loading: Story = {
  parameters: whileLoading('getStream', liveSingle),
};

/** The stream cannot load. */
export const LoadError: Story = {
  parameters: whenFailing('getStream', liveSingle),
};
