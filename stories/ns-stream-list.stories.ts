import {html, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {whenFailing, whileLoading, type NsParameters} from './support/scenario.js';

interface Args {
  state: string;
  tags: string;
  'date-range': string;
  'individual-streams': boolean;
  'page-size': number;
  page: number;
  'refresh-interval': number;
}

const meta = {
  title: 'Elements/ns-stream-list',
  component: 'ns-stream-list',
  tags: ['autodocs'],
  args: {
    state: 'all',
    tags: '',
    'date-range': '',
    'individual-streams': false,
    'page-size': 25,
    page: 1,
    'refresh-interval': 0,
  },
  argTypes: {
    state: {control: 'select', options: ['all', 'live', 'created', 'ended', 'locked', 'deleted']},
    'date-range': {
      control: 'select',
      options: ['', 'today', 'yesterday', 'this-week', 'this-month', 'past-month', 'last-3-months'],
    },
    'page-size': {control: 'select', options: [25, 50, 100, 150]},
  },
  render: args => renderList(args),
} satisfies Meta<Args>;

function renderList(args: Args) {
  return html`<ns-stream-list
    state=${args.state}
    tags=${args.tags || nothing}
    date-range=${args['date-range'] || nothing}
    ?individual-streams=${args['individual-streams']}
    page-size=${args['page-size']}
    page=${args.page}
    refresh-interval=${args['refresh-interval']}
  ></ns-stream-list>`;
}

export default meta;
type Story = StoryObj<Args>;

/** The organisation's streams, newest first, 25 to a page. */
export const Loaded: Story = {};

/** The skeleton shown while a page loads: the layout does not jump when the rows arrive. */
export const Loading: Story = {
  parameters: whileLoading('listStreams'),
};

/** Filters that match nothing, with the way back. */
export const NoMatches: Story = {
  args: {tags: 'no-such-tag', state: 'locked'},
};

/** The list cannot load: the API's message and code, and Retry. */
export const LoadError: Story = {
  parameters: whenFailing('listStreams'),
};

/** Deep-linked filters: live streams updated this month, 50 to a page. */
export const Filtered: Story = {
  args: {state: 'live', 'date-range': 'this-month', 'page-size': 50},
};

/** Group members as their own rows. */
export const IndividualStreams: Story = {
  args: {'individual-streams': true},
};

/** Deleted streams, reachable only through the state filter. */
export const Deleted: Story = {
  args: {state: 'deleted'},
};

/** For a viewer: the same list (the list has no actions a role could lack). */
export const ReadOnly: Story = {
  parameters: {ns: {role: 'nanoReadOnly'} satisfies NsParameters},
};

/** In a narrow container (a phone, a side panel) the rows become cards. */
export const Narrow: Story = {
  render: args => html`<div style="max-width: 360px">${renderList(args)}</div>`,
};

/**
 * Against a server with only the documented API: no total ("1–25 of 25+", next while pages come
 * back full), and the deep-linked date filter, which that API does not offer, dropped with a note
 * beside it. Typing a tag shows that suggestions are not available.
 */
export const DocumentedApi: Story = {
  args: {'date-range': 'this-month'},
  parameters: {ns: {mock: {documentedOnly: true}} satisfies NsParameters},
};

/** Reloads the page quietly every 5 seconds, keeping scroll, focus and open groups. */
export const LiveRefresh: Story = {
  args: {'refresh-interval': 5},
};
