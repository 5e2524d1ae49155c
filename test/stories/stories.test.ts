// Every story of stories/ runs here as a test, through the same project annotations Storybook
// uses (the toolbar's defaults, the mock loader, the provider decorator): it renders with no
// error, reaches the state it is named after, and passes axe.
import './process-shim.js';
import {expect, waitUntil} from '@open-wc/testing';
import {composeStories, setProjectAnnotations} from 'storybook/preview-api';
import * as renderer from '@storybook/web-components/entry-preview';
import {preview} from '../../stories/support/preview.js';
import * as abrTable from '../../stories/ns-abr-table.stories.js';
import * as apiProvider from '../../stories/ns-api-provider.stories.js';
import * as liveProcessing from '../../stories/ns-live-processing.stories.js';
import * as snippetBuilder from '../../stories/ns-snippet-builder.stories.js';
import * as streamList from '../../stories/ns-stream-list.stories.js';
import * as streamOverview from '../../stories/ns-stream-overview.stories.js';
import * as streamSearch from '../../stories/ns-stream-search.stories.js';
import * as tokenInfo from '../../stories/ns-token-info.stories.js';

// The renderer's annotations (renderToCanvas) and ours, composed with Storybook's core ones.
const annotations = setProjectAnnotations([renderer, preview]);

type StoriesModule = Parameters<typeof composeStories>[0] & {default: {component?: string}};
/** What a composed story offers here (the stories' own arg types do not matter to the test). */
type RunnableStory = {run(context?: {canvasElement?: HTMLElement}): Promise<void>};

const modules: Record<string, StoriesModule> = {
  abrTable,
  apiProvider,
  liveProcessing,
  snippetBuilder,
  streamList,
  streamOverview,
  streamSearch,
  tokenInfo,
} as Record<string, unknown> as Record<string, StoriesModule>;

/** What a story's name says it shows, found in its element's shadow root. */
function expectedState(name: string): 'pending' | 'error' | 'not-found' | 'loaded' {
  if (/^Loading/.test(name)) return 'pending';
  if (/Error$/.test(name)) return 'error';
  if (/^NotFound/.test(name)) return 'not-found';
  return 'loaded';
}

const busy = (root: ShadowRoot) => root.querySelector('[part~="pending"], [aria-busy="true"]');

for (const module of Object.values(modules)) {
  const tag = module.default.component as string;
  describe(`stories of <${tag}>`, () => {
    const stories = composeStories(module, annotations) as Record<string, RunnableStory>;
    for (const [exportName, story] of Object.entries(stories)) {
      it(`${exportName} renders its state and is accessible`, async function () {
        this.timeout(30000);
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          await story.run({canvasElement: canvas});
          await waitUntil(() => canvas.querySelector(tag), `no <${tag}>`, {timeout: 5000});
          const el = canvas.querySelector(tag)!;
          expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
          const state = expectedState(exportName);
          const root = el.shadowRoot!;
          if (tag !== 'ns-api-provider') {
            if (state === 'loaded') {
              await waitUntil(() => !busy(root), `${exportName} stayed busy`, {timeout: 8000});
              expect(root.querySelector('[part~="error"]'), 'an error state').to.equal(null);
            } else if (state === 'pending') {
              expect(busy(root), 'a loading state').to.exist;
            } else {
              // An element's state part, or (the search's) message in that state.
              await waitUntil(
                () => root.querySelector(`[part~="${state}"], [part~="message"].${state}`),
                `${exportName} shows no ${state} state`,
                {timeout: 8000},
              );
            }
          }
          await expect(canvas).to.be.accessible();
        } finally {
          canvas.remove();
        }
      });
    }
  });
}
