// The size budgets of scripts/size-budgets.mjs, held against the build: min + gzip of the CDN
// bundle npm test has just built, and of each element entry bundled alone with Lit.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Sizes {
  budgets: {cdn: number; elements: Record<string, number>};
  cdn: number;
  elements: Record<string, number>;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('size budgets (scripts/size-budgets.mjs)', function () {
  // Bundling the eight entries takes a few seconds.
  this.timeout(60_000);
  let sizes: Sizes;

  before(async () => {
    sizes = (await executeServerCommand('bundle-sizes')) as Sizes;
  });

  it('keeps the CDN bundle within its budget', () => {
    expect(sizes.cdn).to.be.greaterThan(10_000);
    expect(
      sizes.cdn <= sizes.budgets.cdn,
      `cdn/nanostream-elements.js is ${kB(sizes.cdn)}, its budget ${kB(sizes.budgets.cdn)}`,
    ).to.equal(true);
  });

  it('keeps every element, bundled alone with Lit, within its budget', () => {
    const tags = Object.keys(sizes.elements);
    expect(tags).to.have.length(8);
    for (const tag of tags) {
      const budget = sizes.budgets.elements[tag];
      expect(budget, `a budget for <${tag}>`).to.be.a('number');
      expect(
        sizes.elements[tag]! <= budget!,
        `<${tag}> with Lit is ${kB(sizes.elements[tag]!)}, its budget ${kB(budget!)}`,
      ).to.equal(true);
    }
  });
});
