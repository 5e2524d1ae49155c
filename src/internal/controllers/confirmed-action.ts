import type {ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';

export interface ConfirmedActionOptions<A, R> {
  /** The mutation; what it answers goes to `onSuccess`. */
  run: (action: A, signal: AbortSignal) => Promise<R>;
  /** Shows the answer (the data changes only here, so a failure leaves it as it was). */
  onSuccess?: (result: R, action: A) => void;
  /**
   * What a failure says, shown in the dialog; `settled` when nothing is left to confirm (only
   * Close stays), e.g. because the server does not offer the action.
   */
  onFailure: (error: unknown, action: A) => {message: string; settled?: boolean};
  /** The dialog that asks first; without it an action runs as soon as it is asked for. */
  dialog?: () => HTMLDialogElement | null | undefined;
  /** What takes focus when the dialog was opened by a control that is gone by the time it closes. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** What takes focus when the dialog opens (by default the dialog's own choice). */
  initialFocus?: () => HTMLElement | null | undefined;
}

/**
 * An action that asks first: a modal dialog, the pending state while the request runs, the
 * failure message, and focus back where it came from. The host renders its dialog from `asking`,
 * `pending`, `failure` and `settled`, wires the dialog's `cancel` and `close` events to
 * `onDialogCancel` and `onDialogClose`, and its buttons to `confirm()` and `close()`.
 *
 * Escape does not close the dialog while the request runs (the request cannot be taken back), and
 * neither does Cancel; a success closes it.
 */
export class ConfirmedActionController<A, R> {
  /** The action the dialog asks about; undefined when it is closed. */
  asking: A | undefined;
  /** Why the last attempt failed, for the dialog. */
  failure = '';
  /** Nothing is left to confirm: only Close. */
  settled = false;

  private readonly task: Task<readonly [A], R>;
  private trigger: HTMLElement | undefined;
  private running: A | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConfirmedActionOptions<A, R>,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([action], {signal}) => options.run(action, signal),
      onComplete: result => {
        const action = this.running as A;
        this.failure = '';
        options.onSuccess?.(result, action);
        this.close();
      },
      onError: error => {
        const action = this.running as A;
        const {message, settled = false} = options.onFailure(error, action);
        this.failure = message;
        this.settled = settled;
        this.host.requestUpdate();
      },
    });
  }

  /** Whether the request is under way. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Opens the dialog for `action`; `trigger` gets focus back when it closes. */
  async ask(action: A, trigger?: HTMLElement): Promise<void> {
    if (this.pending) return;
    this.trigger = trigger;
    this.asking = action;
    this.settled = false;
    this.failure = '';
    this.host.requestUpdate();
    const dialog = this.options.dialog;
    if (!dialog) {
      await this.confirm();
      return;
    }
    await this.host.updateComplete;
    const element = dialog();
    if (element && !element.open) element.showModal();
    this.options.initialFocus?.()?.focus();
  }

  /** Runs the action the dialog asks about (not twice at once, not once settled). */
  async confirm(): Promise<void> {
    const action = this.asking;
    if (action === undefined || this.settled || this.pending) return;
    this.failure = '';
    this.running = action;
    await this.task.run([action]);
  }

  /** Closes the dialog (after a success; Cancel and Escape wait for a running request). */
  close(): void {
    const element = this.options.dialog?.();
    if (element?.open) element.close();
    else void this.onDialogClose();
  }

  /** Cancel: closes, unless the request runs. */
  cancel(): void {
    if (this.pending) return;
    this.close();
  }

  /** For the dialog's `cancel` event (Escape): held while the request runs. */
  readonly onDialogCancel = (event: Event): void => {
    if (this.pending) event.preventDefault();
  };

  /** For the dialog's `close` event: resets and hands focus back. */
  readonly onDialogClose = async (): Promise<void> => {
    if (this.asking === undefined) return;
    this.asking = undefined;
    this.settled = false;
    this.failure = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const trigger = this.trigger;
    this.trigger = undefined;
    // The trigger may be gone (Stop & Lock on a locked stream, anything on a deleted one).
    if (trigger?.isConnected && !trigger.closest('[hidden]')) trigger.focus();
    else this.options.fallbackFocus?.()?.focus();
  };
}
