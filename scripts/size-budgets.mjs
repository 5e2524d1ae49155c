// The size budgets `npm test` holds the build to (test/tooling/sizes.test.ts): bytes of min + gzip
// (zlib level 9), measured as `npm run bench` measures them (scripts/bench-sizes.mjs). They are
// today's sizes rounded up, so that nothing grows unnoticed; each is lowered as the bundle shrinks,
// towards the goals of the performance work: the CDN bundle 40 kB, <ns-stream-list> with Lit
// 20 kB, <ns-stream-overview> with everything it nests 32 kB.
export const SIZE_BUDGETS = {
  /** cdn/nanostream-elements.js, without the lazily loaded mock. */
  cdn: 84_000,
  /** Each element entry bundled alone with Lit, without what it loads lazily. */
  elements: {
    'ns-abr-table': 24_000,
    'ns-api-provider': 21_000,
    'ns-live-processing': 28_000,
    'ns-snippet-builder': 30_500,
    'ns-stream-list': 29_500,
    'ns-stream-overview': 60_000,
    'ns-stream-search': 16_500,
    'ns-token-info': 18_500,
  },
};
