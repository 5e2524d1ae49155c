import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  liveGroup,
  liveSingle,
  secureGroup,
  type NsLoaded,
  type NsParameters,
  whenFailing,
  whileLoading,
} from './support/scenario.js';

interface Args {
  'start-quality': string;
  'latency-mode': string;
  'embed-version': string;
}

const meta = {
  title: 'Elements/ns-snippet-builder',
  component: 'ns-snippet-builder',
  tags: ['autodocs'],
  args: {'start-quality': 'auto', 'latency-mode': 'balancedadaptive', 'embed-version': '1.3.3'},
  argTypes: {
    'start-quality': {
      control: 'select',
      options: ['auto', 'original', 'high', 'medium-high', 'medium', 'medium-low', 'low'],
    },
    'latency-mode': {
      control: 'inline-radio',
      options: ['classic', 'balancedadaptive', 'fastadaptive'],
    },
    'embed-version': {control: 'inline-radio', options: ['1.3.3', '2.0.0']},
  },
  parameters: {ns: {stream: liveGroup, mock: {features: {secure: false}}} satisfies NsParameters},
  render: (args, {loaded}) =>
    html`<ns-snippet-builder
      stream-id=${(loaded as NsLoaded).streamId}
      start-quality=${args['start-quality']}
      latency-mode=${args['latency-mode']}
      embed-version=${args['embed-version']}
    ></ns-snippet-builder>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A group: start quality lists the group's qualities. */
export const Group: Story = {};

/** A single stream: no start quality. */
export const SingleStream: Story = {
  parameters: {ns: {stream: liveSingle, mock: {features: {secure: false}}} satisfies NsParameters},
};

/** Low start quality and the fast adaptive latency mode. */
export const LowLatency: Story = {
  args: {'start-quality': 'low', 'latency-mode': 'fastadaptive'},
};

/** The iFrame snippet on embed 2.0.0 (nanoPlayer 5); the HTML snippet is the same as ever. */
export const Embed200: Story = {
  args: {'embed-version': '2.0.0'},
};

/** Secure playback: token settings and "Generate token"; the snippets carry a token. */
export const Secure: Story = {
  parameters: {
    ns: {stream: secureGroup, mock: {features: {secure: true}}} satisfies NsParameters,
  },
};

/** Secure, for a viewer: the snippets, no token settings. */
export const SecureReadOnly: Story = {
  parameters: {
    ns: {
      stream: secureGroup,
      role: 'nanoReadOnly',
      mock: {features: {secure: true}},
    } satisfies NsParameters,
  },
};

/** While the stream loads. */
export const Loading: Story = {
  parameters: whileLoading('getStream', liveGroup),
};

/** The stream cannot load. */
export const LoadError: Story = {
  parameters: whenFailing('getStream', liveGroup),
};
