// Helpers of the i18n tests: every catalogue, and the text a user (or a screen reader) gets.
import {expect} from '@open-wc/testing';
import type {Catalogues} from '../../src/i18n/catalogues.js';
import {sharedCatalogues} from '../../src/i18n/shared.catalogues.js';
import {abrTableCatalogues} from '../../src/elements/ns-abr-table/ns-abr-table.catalogues.js';
import {fieldEditorCatalogues} from '../../src/internal/parts/ns-stream-field-editor/field-editor.catalogues.js';
import {liveProcessingCatalogues} from '../../src/elements/ns-live-processing/ns-live-processing.catalogues.js';
import {snippetBuilderCatalogues} from '../../src/elements/ns-snippet-builder/ns-snippet-builder.catalogues.js';
import {streamListCatalogues} from '../../src/elements/ns-stream-list/ns-stream-list.catalogues.js';
import {streamOverviewCatalogues} from '../../src/elements/ns-stream-overview/ns-stream-overview.catalogues.js';
import {streamSearchCatalogues} from '../../src/elements/ns-stream-search/ns-stream-search.catalogues.js';
import {tokenInfoCatalogues} from '../../src/elements/ns-token-info/ns-token-info.catalogues.js';

/** Every catalogue of the library, by name. */
export const ALL_CATALOGUES: Record<string, Catalogues<string> & {namespace: string}> = {
  shared: sharedCatalogues,
  'ns-stream-field-editor': fieldEditorCatalogues,
  'ns-abr-table': abrTableCatalogues,
  'ns-live-processing': liveProcessingCatalogues,
  'ns-snippet-builder': snippetBuilderCatalogues,
  'ns-stream-list': streamListCatalogues,
  'ns-stream-overview': streamOverviewCatalogues,
  'ns-stream-search': streamSearchCatalogues,
  'ns-token-info': tokenInfoCatalogues,
};

/** Attributes whose values a user sees or a screen reader reads. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'data-label'];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every piece of text an element shows or announces, through nested shadow roots: each text node,
 * each element's whole text, and the labelling attributes.
 */
export function textsOf(host: Element): string[] {
  const texts = new Set<string>();
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = collapse(node.textContent ?? '');
        if (text) texts.add(text);
        continue;
      }
      const element = node as Element;
      if (element.localName === 'style' || element.localName === 'script') continue;
      const whole = collapse(element.textContent ?? '');
      if (whole) texts.add(whole);
      for (const name of TEXT_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && collapse(value)) texts.add(collapse(value));
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return [...texts];
}

/** The English templates that are not also German somewhere (so seeing one means untranslated). */
const ENGLISH_ONLY = (() => {
  const german = new Set(Object.values(ALL_CATALOGUES).flatMap(c => Object.values(c.de)));
  const english = new Set(Object.values(ALL_CATALOGUES).flatMap(c => Object.values(c.en)));
  return [...english].filter(en => !german.has(en));
})();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher per English-only string: exact text, or the template with its placeholders filled. */
const ENGLISH_MATCHERS = ENGLISH_ONLY.flatMap(template => {
  if (!/\{\w+\}/.test(template)) return [{template, test: (text: string) => text === template}];
  // A template that is mostly placeholders would match anything: it needs words of its own.
  if (template.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '').length < 4) return [];
  const pattern = new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(part => escape(collapse(part)))
      .join('.+?')}$`,
  );
  return [{template, test: (text: string) => pattern.test(text)}];
});

/** The English catalogue strings an element shows (none, where a German one exists). */
export function englishShown(host: Element): string[] {
  const texts = textsOf(host);
  return ENGLISH_MATCHERS.filter(m => texts.some(text => m.test(text))).map(m => m.template);
}

/** Fails when the element shows any English catalogue string that has a German translation. */
export function expectNoEnglish(host: Element): void {
  expect(englishShown(host), `English text in <${host.localName}>`).to.deep.equal([]);
}

/** Fails unless the element shows each of these texts (a whole text node, element or label). */
export function expectShows(host: Element, ...expected: string[]): void {
  const texts = textsOf(host);
  for (const text of expected) {
    expect(texts, `<${host.localName}> shows "${text}"`).to.include(text);
  }
}
