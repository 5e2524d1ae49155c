// Test fixtures: every element test wraps its element in <ns-api-provider> on the mock organisation.
import {fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import type {NsApiProvider} from '../../src/elements/ns-api-provider/ns-api-provider.js';
import type {OrganisationFeatures, Role} from '../../src/api/types.js';
import type {MockServerOptions} from '../../src/mock/index.js';

export interface ProviderFixtureOptions {
  role?: Role;
  mockOptions?: MockServerOptions;
  locale?: string;
  /** Packages the host states on the provider (its `features` property). */
  features?: Partial<OrganisationFeatures>;
}

/**
 * Which server the element suites run against: the full mock organisation, or (in the test run's
 * "documented-only" group, see web-test-runner.config.mjs) a mock with only the documented API.
 * Every element test gets it through `withMockProvider`; a test that creates a mock itself passes it.
 */
export const documentedOnly =
  (globalThis as {__NS_DOCUMENTED_ONLY__?: unknown}).__NS_DOCUMENTED_ONLY__ === true;

/** A fixed instant, so that dates in assertions do not depend on when the suite runs. */
export const TEST_NOW = Date.UTC(2026, 10, 18, 14, 30, 0);

/**
 * Renders `content` inside `<ns-api-provider mock>` (no latency, seeded, fixed clock, the run's
 * server: see `documentedOnly`) and waits until the provider has loaded the organisation.
 */
export async function withMockProvider<T extends Element = Element>(
  content: TemplateResult,
  options: ProviderFixtureOptions = {},
): Promise<{provider: NsApiProvider; el: T}> {
  const provider = await fixture<NsApiProvider>(
    html`<ns-api-provider
      mock
      .mockOptions=${{latencyMs: 0, now: TEST_NOW, documentedOnly, ...options.mockOptions}}
      .role=${options.role ?? null}
      .locale=${options.locale}
      .features=${options.features}
      >${content}</ns-api-provider
    >`,
  );
  await waitUntil(() => provider.status !== 'loading', 'the provider did not finish loading', {
    timeout: 5000,
  });
  return {provider, el: provider.firstElementChild as T};
}
