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

/** A play function: submits the field as it is and waits for the message in `state`. */
function submitAndShow(state: 'found' | 'not-found' | 'invalid' | 'not-offered') {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const el = await elementIn(canvasElement, 'ns-stream-search');
    await submit(el);
    await until(
      () => el.shadowRoot!.querySelector(`[part~="message"].${state}`),
      `the ${state} message`,
    );
  };
}
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
  play: submitAndShow('found'),
};

/**
 * A streamname searched on a server with only the documented API: it says that this API does not
 * offer search by streamname and to search by stream ID (not "No stream found", not an error).
 */
export const StreamnameNotOffered: Story = {
  parameters: {ns: {stream: liveSingle, mock: {documentedOnly: true}} satisfies NsParameters},
  render: (_args, {loaded}) => {
    const {server, streamId} = loaded as NsLoaded;
    const name = server.org.find(streamId)?.streamname ?? '';
    return html`<ns-stream-search value=${name}></ns-stream-search>`;
  },
  play: submitAndShow('not-offered'),
};

/** A well-formed stream ID that the organisation does not have. */
export const NotFound: Story = {
  args: {value: '00000000-0000-4000-8000-000000000000'},
  play: submitAndShow('not-found'),
};

/** Neither a stream ID nor a streamname: says which formats are valid, sends nothing. */
export const Invalid: Story = {
  args: {value: 'my stream'},
  play: submitAndShow('invalid'),
};
