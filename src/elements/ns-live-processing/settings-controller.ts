import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isNotEnabled} from '../../api/support.js';
import type {H5LivePlayout, ProcessingConfig, ProcessingId, Stream} from '../../api/types.js';
import {NsStreamChangeEvent} from '../../events.js';
import type {SaveOutcome, SettingsState} from './settings.view.js';
import {
  configOf,
  draftFrom,
  sameAsStored,
  validateDraft,
  withEntry,
  withProcess,
  type ProcessDraft,
} from './processing.js';

/** The process of one stream whose settings the form shows. */
export interface SettingsTarget {
  /** The stream of the selected quality. */
  memberId: string;
  id: ProcessingId;
  /** The playout whose stored settings the form starts from. */
  playout: H5LivePlayout | undefined;
}

export interface SettingsOptions {
  client: () => BintuClient | undefined;
  /** Whether the stream is being loaded again (Save waits). */
  busy: () => boolean;
  /** Why a save failed, in words. */
  reason: (error: unknown) => string;
}

/** A save on its way: what is sent, and the draft it came from. */
interface SaveRequest {
  client: BintuClient;
  key: string;
  memberId: string;
  draft: ProcessDraft;
  processing: ProcessingConfig[];
}

type Host = ReactiveControllerHost & EventTarget & {readonly renderRoot: ParentNode};

const keyOf = ({memberId, id}: SettingsTarget) => `${memberId}:${id}`;

/**
 * The settings form's state per stream and process — what the user typed, the outcome of the last
 * save — and the save itself, a `Task` run on submit (`POST /stream/{id}/processing`): a newer save
 * or another stream aborts the one on its way. Success fires `ns-stream-change` from the host and
 * keeps the answer in `saved`; a failure keeps the stored settings on show and what was typed in
 * the form; "Organisation is not enabled" sets `notEnabled`.
 */
export class ProcessingSettingsController implements ReactiveController {
  /** Per stream: what the API answered to the last successful save. */
  saved: ReadonlyMap<string, Stream> = new Map();
  /** A save answered "Organisation is not enabled": the settings cannot be changed here. */
  notEnabled = false;

  /** Per stream and process: what the user typed. */
  private drafts: ReadonlyMap<string, ProcessDraft> = new Map();
  /** Per stream and process: the outcome of the last save. */
  private outcomes: ReadonlyMap<string, SaveOutcome> = new Map();
  /** The save the task runs (the latest: an earlier one is aborted). */
  private request?: SaveRequest;

  private readonly task: Task<readonly [SaveRequest], Stream>;

  constructor(
    private readonly host: Host,
    private readonly options: SettingsOptions,
  ) {
    host.addController(this);
    this.task = new Task<readonly [SaveRequest], Stream>(host, {
      autoRun: false,
      task: async ([{client, memberId, processing}], {signal}) => {
        // An aborted save settles quietly.
        try {
          const stream = await client.setStreamProcessing(memberId, processing, {signal});
          return signal.aborted ? initialState : stream;
        } catch (error) {
          if (signal.aborted) return initialState;
          throw error;
        }
      },
      onComplete: stream => this.onSaved(stream),
      onError: error => void this.onFailed(error),
    });
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  /** What the form of `target` holds and may do. */
  state(target: SettingsTarget, busy: boolean): SettingsState {
    const key = keyOf(target);
    const config = configOf(target.playout, target.id);
    const draft = this.draftOf(target);
    return {
      draft,
      unchanged: sameAsStored(target.id, draft, config),
      edited: this.drafts.has(key),
      saving: this.isSaving(key),
      busy,
      outcome: this.outcomes.get(key),
    };
  }

  /** The user changed the form. */
  edit(target: SettingsTarget, change: Partial<ProcessDraft>): void {
    const key = keyOf(target);
    this.drafts = withEntry(this.drafts, key, {...this.draftOf(target), ...change});
    // A failure stays on show until the next save; "saved" and "invalid" go with the edit.
    if (this.outcomes.get(key)?.status !== 'failed') this.setOutcome(key, undefined);
    this.host.requestUpdate();
  }

  /** Back to the stored settings. */
  reset(target: SettingsTarget): void {
    const key = keyOf(target);
    if (!this.drafts.has(key) || this.isSaving(key)) return;
    this.drafts = withEntry(this.drafts, key, undefined);
    this.setOutcome(key, undefined);
    this.host.requestUpdate();
  }

  /** Saves the form, unless it is saving, the stream is loading, nothing changed or it is invalid. */
  async submit(target: SettingsTarget): Promise<void> {
    const key = keyOf(target);
    const {id, memberId, playout} = target;
    const config = configOf(playout, id);
    const draft = this.draftOf(target);
    // Save is aria-disabled (it stays focusable) while saving, loading or unchanged.
    if (this.isSaving(key) || this.options.busy() || sameAsStored(id, draft, config)) return;
    const validation = validateDraft(id, draft);
    if (validation.config === undefined) {
      this.setOutcome(key, {status: 'invalid'});
      this.host.requestUpdate();
      await this.host.updateComplete;
      const field = validation.interval ? 'interval' : 'duration';
      this.host.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
      return;
    }
    const client = this.options.client();
    if (!client) return;
    const processing = withProcess(playout?.processing, id, validation.config);
    this.request = {client, key, memberId, draft, processing};
    this.setOutcome(key, undefined);
    await this.task.run([this.request]);
  }

  /** Forgets the saved answer of a stream that is loaded again (Refresh). */
  forget(memberId: string): void {
    if (this.saved.has(memberId)) this.saved = withEntry(this.saved, memberId, undefined);
  }

  /** Another stream: aborts a save on its way and forgets everything (call before an update). */
  clear(): void {
    this.task.abort();
    this.saved = new Map();
    this.drafts = new Map();
    this.outcomes = new Map();
  }

  private draftOf(target: SettingsTarget): ProcessDraft {
    return (
      this.drafts.get(keyOf(target)) ?? draftFrom(target.id, configOf(target.playout, target.id))
    );
  }

  private isSaving(key: string): boolean {
    return this.task.status === TaskStatus.PENDING && this.request?.key === key;
  }

  private setOutcome(key: string, outcome: SaveOutcome | undefined): void {
    this.outcomes = withEntry(this.outcomes, key, outcome);
  }

  private onSaved(updated: Stream): void {
    const {key, memberId, draft} = this.request!;
    this.saved = withEntry(this.saved, memberId, updated);
    // What the user typed while the request was on its way is theirs to keep.
    if (this.drafts.get(key) === draft) this.drafts = withEntry(this.drafts, key, undefined);
    this.setOutcome(key, {status: 'saved'});
    this.host.dispatchEvent(
      new NsStreamChangeEvent({streamId: memberId, action: 'processing', stream: updated}),
    );
  }

  private async onFailed(error: unknown): Promise<void> {
    if (isNotEnabled(error)) {
      // The organisation lacks the package after all: say "Upgrade needed", keep what was typed.
      this.notEnabled = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[part="upgrade"]')?.focus();
      return;
    }
    this.setOutcome(this.request!.key, {status: 'failed', reason: this.options.reason(error)});
  }
}
