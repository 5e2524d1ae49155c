import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {signedToken} from './support/scenario.js';

const HOUR = 3_600_000;

const meta = {
  title: 'Elements/ns-token-info',
  component: 'ns-token-info',
  tags: ['autodocs'],
  render: (_args, {loaded}) =>
    html`<ns-token-info token=${(loaded as {token?: string}).token ?? ''}></ns-token-info>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A token valid for three more hours, with every optional restriction. */
export const Valid: Story = {
  loaders: [
    async () => ({
      token: await signedToken(-HOUR, 3 * HOUR, {
        domain: 'portal.example.com',
        ip: ['203.0.113.7', '198.51.100.0/24'],
        user: 'viewer-4711',
        tag: 'premium',
      }),
    }),
  ],
};

/** An expired token. */
export const Expired: Story = {
  loaders: [async () => ({token: await signedToken(-3 * HOUR, -HOUR)})],
};

/** A token whose validity starts tomorrow. */
export const NotYetValid: Story = {
  loaders: [async () => ({token: await signedToken(24 * HOUR, 48 * HOUR)})],
};

/** Not a JSON Web Token: "Invalid token", nothing thrown. */
export const Invalid: Story = {
  render: () => html`<ns-token-info token="not-a-token"></ns-token-info>`,
};

/** No token given. */
export const NoToken: Story = {
  render: () => html`<ns-token-info></ns-token-info>`,
};
