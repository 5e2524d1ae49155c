/**
 * What the settings form of `<ns-live-processing>` shows: the fields a process has with their
 * hints and validation messages, whether Save and Reset may act, and the outcome of the last
 * save. Pure: no DOM, no Lit.
 */
import {PROCESSING_LIMITS} from '../../api/limits.js';
import type {ProcessingId} from '../../api/types.js';
import {processName} from './ns-live-processing.view.js';
import type {ViewText} from './view-text.js';
import {
  allowsEntireStream,
  hasDuration,
  hasInterval,
  validateDraft,
  type FieldError,
  type ProcessDraft,
} from './processing.js';

type Text = ViewText['text'];

/** The outcome of the last save of one process of one stream, until the user edits again. */
export type SaveOutcome =
  {status: 'saved'} | {status: 'invalid'} | {status: 'failed'; reason: string};

/** One text field of the form. */
export interface FieldView {
  name: 'interval' | 'duration';
  label: string;
  value: string;
  hint: string;
  disabled: boolean;
  invalid: boolean;
  /** The validation message; empty when valid or disabled. */
  error: string;
}

/** A checkbox of the form. */
export interface CheckView {
  label: string;
  checked: boolean;
  disabled: boolean;
}

/** The settings form of one process. */
export interface SettingsView {
  heading: string;
  active: CheckView;
  fields: FieldView[];
  entireStream: CheckView | undefined;
  save: {label: string; disabled: boolean};
  reset: {label: string; disabled: boolean};
  /** "Settings saved." after a save, for the polite status. */
  status: string;
  /** The alert: why saving failed, or that the form is invalid and nothing was sent. */
  message: string;
}

/** The words of a field's validation error. */
export function fieldErrorText(error: FieldError, text: Text): string {
  switch (error.kind) {
    case 'required':
      return text('errorRequired');
    case 'integer':
      return text('errorInteger');
    case 'range':
      return text('errorRange', {min: error.min, max: error.max});
    case 'min':
      return text('errorMin', {min: error.min});
  }
}

/** What the form shows, and whether Save and Reset may act. */
export interface SettingsState {
  draft: ProcessDraft;
  /** The draft says what is stored: nothing to save. */
  unchanged: boolean;
  /** The user has typed something (Reset has something to undo). */
  edited: boolean;
  /** This process's settings are being saved. */
  saving: boolean;
  /** The stream is being loaded again. */
  busy: boolean;
  outcome: SaveOutcome | undefined;
}

export function settingsView(id: ProcessingId, state: SettingsState, text: Text): SettingsView {
  const {draft, outcome, saving} = state;
  const validation = validateDraft(id, draft);
  const limits = PROCESSING_LIMITS;
  const off = !draft.active;
  const field = (
    name: FieldView['name'],
    label: string,
    hint: string,
    disabled: boolean,
  ): FieldView => {
    const error = validation[name];
    const invalid = !disabled && error !== undefined;
    return {
      name,
      label,
      value: draft[name],
      hint,
      disabled,
      invalid,
      error: invalid ? fieldErrorText(error, text) : '',
    };
  };
  const entire = allowsEntireStream(id);
  const fields: FieldView[] = [];
  if (hasInterval(id)) {
    fields.push(
      field('interval', text('intervalLabel'), text('intervalHint', limits.interval), off),
    );
  }
  if (hasDuration(id)) {
    const hint =
      id === 'motionclip'
        ? text('clipDurationHint', limits.clipDuration)
        : text('durationHint', {min: limits.minDuration});
    fields.push(
      field('duration', text('durationLabel'), hint, off || (entire && draft.entireStream)),
    );
  }
  return {
    heading: text('settingsHeading'),
    active: {
      label: text('enableProcess', {process: processName(id, text)}),
      checked: draft.active,
      disabled: false,
    },
    fields,
    entireStream: entire
      ? {label: text('entireStream'), checked: draft.entireStream, disabled: off}
      : undefined,
    save: {
      label: text(saving ? 'saving' : 'save'),
      disabled: saving || state.busy || state.unchanged,
    },
    reset: {label: text('reset'), disabled: saving || !state.edited},
    status: outcome?.status === 'saved' ? text('saved') : '',
    message:
      outcome?.status === 'failed'
        ? text('saveFailed', {reason: outcome.reason})
        : outcome?.status === 'invalid' && validation.config === undefined
          ? text('invalidForm')
          : '',
  };
}
