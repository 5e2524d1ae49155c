/**
 * The stories' project annotations: the toolbar, the loader that creates the mock organisation,
 * and the one decorator that wraps every story in `<ns-api-provider>`. `.storybook/preview.ts`
 * uses them, and so do the story tests (test/stories), which run every story in web-test-runner.
 */
import {html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Decorator, Loader, Preview} from '@storybook/web-components-vite';
import '../../src/index.js';
import {
  DEFAULT_GLOBALS,
  globalsOf,
  loadScenario,
  type NsGlobals,
  type NsLoaded,
  type NsParameters,
} from './scenario.js';
import {partnerTokens} from './themes.js';

type GlobalType = NonNullable<Preview['globalTypes']>[string];
type Icon = NonNullable<GlobalType['toolbar']>['icon'];

const toolbar = (
  title: string,
  icon: Icon,
  items: {value: string; title: string}[],
): GlobalType => ({
  description: title,
  toolbar: {title, icon, items, dynamicTitle: true},
});

/** An organisation package, on or off; the title says which, since the toolbar shows it. */
const onOff = (name: string) => [
  {value: 'on', title: `${name}: on`},
  {value: 'off', title: `${name}: off`},
];

export const globalTypes: Preview['globalTypes'] = {
  scenario: toolbar('Scenario', 'database', [
    {value: 'normal', title: 'Normal'},
    {value: 'slow', title: 'Slow API (1.5–3 s)'},
    {value: 'empty', title: 'Empty organisation'},
    {value: 'error', title: 'API error'},
  ]),
  server: toolbar('Server', 'transfer', [
    {value: 'full', title: 'Full mock API'},
    {value: 'documented', title: 'Documented API only'},
  ]),
  role: toolbar('Role', 'user', [
    {value: 'nanoAdmin', title: 'Admin'},
    {value: 'nanoUser', title: 'User'},
    {value: 'nanoReadOnly', title: 'Read-only'},
  ]),
  secure: toolbar('Secure playback', 'lock', onOff('Secure')),
  vod: toolbar('VOD', 'video', onOff('VOD')),
  liveProcessing: toolbar('Live processing', 'photo', onOff('Live processing')),
  theme: toolbar('Theme', 'paintbrush', [
    {value: 'light', title: 'Light'},
    {value: 'dark', title: 'Dark'},
    {value: 'partner', title: 'Partner brand'},
  ]),
  locale: toolbar('Locale', 'globe', [
    {value: 'en', title: 'English'},
    {value: 'de', title: 'Deutsch'},
  ]),
};

export const initialGlobals: NsGlobals = DEFAULT_GLOBALS;

/** Creates a fresh mock organisation for each story render. */
export const mockLoader: Loader = async ({globals, parameters}) =>
  loadScenario(globals as Partial<NsGlobals>, parameters['ns'] as NsParameters | undefined);

/** Wraps the story in `<ns-api-provider>` on the story's mock organisation. */
export const withProvider: Decorator = (story, {globals, loaded, parameters}) => {
  if ((parameters['ns'] as NsParameters | undefined)?.noProvider) return story();
  const {server, role} = loaded as NsLoaded;
  const {theme, locale} = globalsOf(globals as Partial<NsGlobals>);
  return html`<ns-api-provider
    base-url=${server.baseUrl}
    token-service-url=${server.tokenServiceUrl}
    .fetch=${server.fetch}
    .getToken=${() => server.issueUserToken(role)}
    theme=${theme === 'dark' ? 'dark' : 'light'}
    locale=${locale}
    data-brand=${theme === 'partner' ? 'partner' : nothing}
    style=${styleMap({
      // The canvas shows the theme's surface, not Storybook's white, around the element.
      padding: '1rem',
      minHeight: '100vh',
      boxSizing: 'border-box',
      backgroundColor: 'var(--ns-color-surface)',
      ...(theme === 'partner' ? partnerTokens : {}),
    })}
    >${story()}</ns-api-provider
  >`;
};

export const preview = {
  globalTypes,
  initialGlobals,
  loaders: [mockLoader],
  decorators: [withProvider],
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true},
    // Stories fail the a11y panel's checks as errors, not as hints.
    a11y: {test: 'error'},
  },
} satisfies Preview;
