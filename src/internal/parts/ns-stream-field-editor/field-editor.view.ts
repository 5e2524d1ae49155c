/**
 * What the in-place field editor shows and does, decided without a DOM: the value shown, the
 * wording per field, and what a submit does with the typed text. Pure: no Lit.
 */
import type {Stream} from '../../../api/types.js';
import type {fieldEditorStrings} from './field-editor.strings.js';
import {
  parsePushUrlInput,
  parseTagsInput,
  sameTags,
  type FieldProblem,
} from './field-validation.js';

/** Which stream field the editor edits. */
export type EditableField = 'tags' | 'push-url';

/** A field's value: the tag list, or the push URL. */
export type FieldValue = string[] | string;

type Key = keyof typeof fieldEditorStrings;

/** The catalogue keys that differ per field. */
export const FIELD_KEYS = {
  tags: {edit: 'editTags', label: 'tagsLabel', hint: 'tagsHint', failed: 'saveTagsFailed'},
  'push-url': {
    edit: 'editPushUrl',
    label: 'pushUrlLabel',
    hint: 'pushUrlHint',
    failed: 'savePushUrlFailed',
  },
} as const satisfies Record<EditableField, Record<string, Key>>;

/** The value the editor stands for: what the API confirmed, else what the host passed. */
export function currentValue(
  field: EditableField,
  saved: FieldValue | undefined,
  value: FieldValue | undefined,
): FieldValue {
  const current = saved ?? value;
  if (field === 'tags') return Array.isArray(current) ? current : [];
  return typeof current === 'string' ? current : '';
}

/** What the view shows of the value. */
export type ShownValue =
  | {kind: 'tags'; tags: string[]}
  | {kind: 'url'; url: string}
  /** No tags, or no push URL; `unknown` when the server did not say (the empty mark). */
  | {kind: 'none'; key: Key; unknown: boolean};

export function shownValue(
  field: EditableField,
  saved: FieldValue | undefined,
  value: FieldValue | undefined,
): ShownValue {
  const current = currentValue(field, saved, value);
  if (field === 'tags') {
    const tags = current as string[];
    return tags.length ? {kind: 'tags', tags} : {kind: 'none', key: 'noTags', unknown: false};
  }
  if (current) return {kind: 'url', url: current as string};
  return {kind: 'none', key: 'noPushUrl', unknown: (saved ?? value) === undefined};
}

/** The text the field opens with. */
export function draftOf(current: FieldValue): string {
  return Array.isArray(current) ? current.join(', ') : current;
}

/** What submitting `draft` does: refuse it (with why), nothing (unchanged), or save `value`. */
export type SubmitDecision =
  {kind: 'refuse'; problem: FieldProblem} | {kind: 'unchanged'} | {kind: 'save'; value: FieldValue};

export function submitDecision(
  field: EditableField,
  draft: string,
  current: FieldValue,
): SubmitDecision {
  if (field === 'tags') {
    const parsed = parseTagsInput(draft);
    if (!parsed.ok) return {kind: 'refuse', problem: parsed.problem};
    return sameTags(parsed.value, current as string[])
      ? {kind: 'unchanged'}
      : {kind: 'save', value: parsed.value};
  }
  const parsed = parsePushUrlInput(draft);
  if (!parsed.ok) return {kind: 'refuse', problem: parsed.problem};
  return parsed.value === current ? {kind: 'unchanged'} : {kind: 'save', value: parsed.value};
}

/**
 * The value the API confirmed. `push_url` in the answer is assumed: a server that leaves it out
 * (or the tags) accepted what was sent.
 */
export function confirmedValue(field: EditableField, stream: Stream, sent: FieldValue): FieldValue {
  if (field === 'tags') return Array.isArray(stream.tags) ? [...stream.tags] : sent;
  return typeof stream.push_url === 'string' ? stream.push_url : sent;
}

/** The `{reason}` of a save failure: the message as a sentence, and the error code. */
export function failureReason({message, code}: {message: string; code: string}): string {
  return [message.replace(/\.?$/, '.'), code].filter(Boolean).join(' ');
}
