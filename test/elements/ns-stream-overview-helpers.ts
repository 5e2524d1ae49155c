// Helpers shared by the <ns-stream-overview> and <ns-abr-table> tests.
import {waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {MockServer} from '../../src/mock/index.js';
import type {NsStreamFieldEditor} from '../../src/elements/internal-editors/ns-stream-field-editor.js';

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
