import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementIn, submit, until} from './support/play.js';
import {liveSingle, type NsLoaded, type NsParameters} from './support/scenario.js';

interface Args {
  value: string;
}

const meta = {
  title: 'Elements/ns-stream-search',
  component: 'ns-stream-search',
  tags: ['autodocs'],
  args: {value: ''},
  render: args => html`<ns-stream-search value=${args.value}></ns-stream-search>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** An empty field: type a stream ID or a streamname and press Enter. */
export const Empty: Story = {};

/** A streamname of the organisation, searched: found. */
export const Found: Story = {
  parameters: {ns: {stream: liveSingle} satisfies NsParameters},
  render: (_args, {loaded}) => {
    const {server, streamId} = loaded as NsLoaded;
    const name = server.org.find(streamId)?.streamname ?? '';
    return html`<ns-stream-search value=${name}></ns-stream-search>`;
  },
  play: async ({canvasElement}) => {
    const el = await elementIn(canvasElement, 'ns-stream-search');
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('.found'), 'the "found" message');
  },
};

/** A well-formed stream ID that the organisation does not have. */
export const NotFound: Story = {
  args: {value: '00000000-0000-4000-8000-000000000000'},
  play: async ({canvasElement}) => {
    const el = await elementIn(canvasElement, 'ns-stream-search');
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('.not-found'), 'the "not found" message');
  },
};

/** Neither a stream ID nor a streamname: says which formats are valid, sends nothing. */
export const Invalid: Story = {
  args: {value: 'my stream'},
  play: async ({canvasElement}) => {
    const el = await elementIn(canvasElement, 'ns-stream-search');
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('.invalid'), 'the validation message');
  },
};
