// Helpers shared by the <ns-stream-overview> and <ns-abr-table> tests.
import {waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {MockServer} from '../../../src/mock/index.js';
import type {NsStreamFieldEditor} from '../../../src/internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import {documentedOnly} from '../../helpers/fixtures.js';
import {shownText} from '../../helpers/text.js';

export {shownText};

/** A stream of the mock organisation, as `server.org.streams` holds it. */
export type MockRecord = MockServer['org']['streams'][number];

export type Chooser = (server: MockServer) => MockRecord;

/** The first stream of the mock organisation that matches. */
export function pick(predicate: (s: MockRecord, server: MockServer) => boolean): Chooser {
  return server => {
    const found = server.org.streams.find(s => predicate(s, server));
    if (!found) throw new Error('the mock organisation has no such stream');
    return found;
  };
}

const isGroup = (s: MockRecord) => s.streamgroup === s.id;

export const liveSingle = pick(s => !s.streamgroup && s.state === 'live' && !s.secure);
export const liveSecureSingle = pick(s => !s.streamgroup && s.state === 'live' && s.secure);
export const endedSingle = pick(s => !s.streamgroup && s.state === 'ended');
export const lockedSingle = pick(s => !s.streamgroup && s.state === 'locked');
export const deletedSingle = pick(s => !s.streamgroup && s.state === 'deleted');
export const liveGroup = pick(
  (s, server) => isGroup(s) && s.state === 'live' && server.org.members(s).length === 3,
);
export const secureGroup = pick(
  (s, server) =>
    isGroup(s) && s.state !== 'deleted' && s.secure && server.org.members(s).length === 3,
);
export const plainGroup = pick(
  (s, server) =>
    isGroup(s) && s.state !== 'deleted' && !s.secure && server.org.members(s).length === 3,
);

/** `root.shadowRoot.querySelector(selector)`, failing loudly when absent. */
export function $<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${root.localName}>`);
  return found;
}

/**
 * Whether `root`'s shadow root (or, for a light-DOM node, the node itself) holds a match. Assert on
 * this boolean rather than on an element: a failing assertion whose actual value is a DOM node
 * takes minutes to report.
 */
export function has(root: Element, selector: string): boolean {
  return (root.shadowRoot ?? root).querySelector(selector) !== null;
}

export function $$<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return [...root.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function textOf(root: Element | ShadowRoot | null | undefined): string {
  const node = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Requests the mock saw for one operation. */
export function requestsOf(server: MockServer, operationId: string) {
  return server.requests.filter(r => r.operationId === operationId);
}

/** Opens an editor, replaces its text with `value` by keyboard and presses Enter. */
export async function editAndSubmit(editor: NsStreamFieldEditor, value: string): Promise<void> {
  const edit = $<HTMLButtonElement>(editor, '[part="edit-button"]');
  edit.click();
  await waitUntil(() => editor.shadowRoot!.querySelector('input'), 'the editor did not open');
  const input = $<HTMLInputElement>(editor, 'input');
  await waitUntil(() => editor.shadowRoot!.activeElement === input, 'the field did not get focus');
  input.select();
  if (value) await sendKeys({type: value});
  else await sendKeys({press: 'Backspace'});
  await sendKeys({press: 'Enter'});
}

/** What a value the element could not show would read as. */
const BROKEN = /\b(undefined|NaN|null)\b|Invalid Date|\[object Object\]/;

/** Fails when the element's shadow tree (nested ones included) shows a broken value. */
export function expectNoBrokenValues(root: Element, what = `<${root.localName}>`): void {
  const found = BROKEN.exec(shownText(root.shadowRoot!));
  if (found) {
    const text = shownText(root.shadowRoot!).replace(/\s+/g, ' ');
    const at = text.search(BROKEN);
    throw new Error(`${what} shows "${found[0]}": …${text.slice(Math.max(0, at - 80), at + 40)}…`);
  }
}

/**
 * Makes the mock answer `operationId` as a server that does not offer it: on the documented-only
 * server it already answers a non-JSON 404; on the full mock a 404 without the API's error code
 * (`{status, message}`) stands in for it, so both runs check the same behaviour.
 */
export function notOffer(
  server: MockServer,
  operationId: 'lockStream' | 'unlockStream' | 'deleteStream',
): void {
  if (documentedOnly) return;
  server.inject(operationId, {status: 404, body: {status: 404, message: 'Not Found'}});
}
