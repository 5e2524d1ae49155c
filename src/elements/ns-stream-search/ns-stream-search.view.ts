/**
 * What `<ns-stream-search>` says below its field, decided without a DOM: the message (a catalogue
 * key and its values), its class, and whether the error panel shows. Pure: no Lit.
 */
import type {Outcome} from './find.js';
import type {StreamSearchStringKey} from './ns-stream-search.catalogues.js';

/** Where the search request is. */
export type SearchPhase = 'idle' | 'pending' | 'complete' | 'error';

/** What the element knows when it draws. */
export interface SearchState {
  /** The message about the text as typed (invalid or empty), shown until it changes. */
  validation: 'invalid' | 'empty' | null;
  /** Whether the last search was for the text in the field (not an earlier one). */
  current: boolean;
  phase: SearchPhase;
  /** What the last search found, once complete. */
  outcome?: Outcome | undefined;
}

/** The message's class (`invalid`, `found`, `not-offered`, `not-found`), or none. */
export type MessageTone = '' | 'invalid' | 'found' | 'not-offered' | 'not-found';

export interface SearchView {
  /** The message, or undefined for none. */
  message?: {key: StreamSearchStringKey; vars?: Record<string, string>};
  tone: MessageTone;
  /** The text as typed is not a stream ID or streamname (`aria-invalid`). */
  invalid: boolean;
  /** The search request runs. */
  busy: boolean;
  /** The request failed for the text in the field: the error panel with Retry shows. */
  showError: boolean;
}

export function searchView({validation, current, phase, outcome}: SearchState): SearchView {
  const base = {
    invalid: validation === 'invalid',
    busy: phase === 'pending',
    showError: phase === 'error' && validation === null && current,
  };
  if (validation) return {...base, message: {key: validation}, tone: 'invalid'};
  if (!current) return {...base, tone: ''};
  if (phase === 'pending') return {...base, message: {key: 'searching'}, tone: ''};
  if (phase !== 'complete') return {...base, tone: ''};
  if (outcome?.kind === 'found') {
    return {
      ...base,
      message: {key: 'found', vars: {streamname: outcome.streamname}},
      tone: 'found',
    };
  }
  if (outcome?.kind === 'not-offered') {
    return {...base, message: {key: 'streamnameNotOffered'}, tone: 'not-offered'};
  }
  return {...base, message: {key: 'notFound'}, tone: 'not-found'};
}
