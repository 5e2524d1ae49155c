// Storybook's preview code reads `process.env` (Vite defines it in Storybook itself); web-test-runner
// serves it unbundled, so the page needs a `process` before Storybook's modules run.
const scope = globalThis as {process?: {env: Record<string, string>}};
scope.process ??= {env: {NODE_ENV: 'development'}};
export {};
