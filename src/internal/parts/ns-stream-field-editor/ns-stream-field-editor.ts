import {LitElement} from 'lit';
import type {PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus} from '@lit/task';
import type {BintuClient} from '../../../api/client.js';
import type {Stream} from '../../../api/types.js';
import {apiContext} from '../../../context.js';
import {NsStreamChangeEvent} from '../../../events.js';
import {define} from '../../define.js';
import {Localizer} from '../../../i18n/localizer.js';
import {sharedStyles} from '../../styles.js';
import {describeError} from '../../templates.js';
import {type FieldEditorStrings} from './field-editor.strings.js';
import {fieldEditorCatalogues} from './field-editor.catalogues.js';
import {styles} from './field-editor.styles.js';
import {renderForm, renderValue, type FormHandlers} from './field-editor.templates.js';
import type {FieldProblem} from './field-validation.js';
import {
  FIELD_KEYS,
  confirmedValue,
  currentValue,
  draftOf,
  failureReason,
  shownValue,
  submitDecision,
  type EditableField,
  type FieldValue,
} from './field-editor.view.js';

export type {EditableField} from './field-editor.view.js';

let nextId = 0;

/**
 * @summary Internal: shows a stream's tags or push URL and, where the role may, edits them in
 * place. Used by `<ns-stream-overview>` and `<ns-abr-table>`.
 *
 * Bad input gets an inline message and sends nothing. Saving goes through the API
 * (`setStreamTags` / `setStreamPushUrl`); if it fails, the shown value stays the previous one, the
 * reason is announced, and what the user typed stays in the field to try again.
 *
 * @event ns-stream-change - The value was saved. `detail: {streamId, action: 'tags' | 'push-url', stream}`.
 * @csspart value - The shown value of an editable field (tags, push URL).
 * @csspart tag - One tag of an editable tag list.
 * @csspart edit-button - An editable field's Edit button.
 * @csspart form - An editable field's edit form.
 * @csspart input - An editable field's text field.
 * @csspart save-button - An editable field's Save button.
 * @csspart cancel-button - An editable field's Cancel button.
 * @csspart message - An editable field's validation or save failure message.
 */
export class NsStreamFieldEditor extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The stream whose field is edited. */
  @property({attribute: 'stream-id'}) streamId = '';

  /** Which field: `tags` or `push-url`. */
  @property() field: EditableField = 'tags';

  /**
   * The field's saved value: the tag list, or the push URL (`''` when none is set; `undefined` when
   * the server did not say, shown as the empty mark "—" rather than "Not set").
   */
  @property({attribute: false}) value?: FieldValue;

  /** What the field belongs to, for labels (e.g. "Original Stream" or the streamname). */
  @property() target = '';

  /** Whether the role may edit it (the Edit button is shown only then). */
  @property({type: Boolean}) editable = false;

  /** Replacement strings (a host's wording); the rest come in the provider's language. */
  @property({attribute: false}) strings?: Partial<FieldEditorStrings>;

  private readonly i18n = new Localizer(this, {
    catalogues: fieldEditorCatalogues,
    overrides: () => this.strings,
  });

  @state() private editing = false;
  @state() private draft = '';
  @state() private problem?: FieldProblem;
  @state() private failure = '';
  /** The value confirmed by the API, until the host passes a new `value`. */
  @state() private saved?: FieldValue;

  @query('input') private input?: HTMLInputElement;
  @query('.edit') private editButton?: HTMLButtonElement;

  private readonly uid = `ns-field-${++nextId}`;

  private readonly save = new Task(this, {
    autoRun: false,
    task: async (
      [client, id, field, value]: readonly [
        BintuClient | undefined,
        string,
        EditableField,
        FieldValue,
      ],
      {signal},
    ): Promise<{stream: Stream; sent: FieldValue}> => {
      if (!client)
        throw new Error('No nanoStream API client: put the element inside <ns-api-provider>.');
      const stream =
        field === 'tags'
          ? await client.setStreamTags(id, value as string[], {signal})
          : await client.setStreamPushUrl(id, value as string, {signal});
      return {stream, sent: value};
    },
    onComplete: ({stream, sent}) => {
      const field = this.field;
      this.saved = confirmedValue(field, stream, sent);
      this.editing = false;
      this.failure = '';
      this.dispatchEvent(new NsStreamChangeEvent({streamId: stream.id, action: field, stream}));
      void this.updateComplete.then(() => this.editButton?.focus());
    },
    onError: error => {
      const reason = failureReason(describeError(error, this.i18n.shared()));
      this.failure = this.text(FIELD_KEYS[this.field].failed, {reason});
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new value from the host (a reload, another editor) replaces what this editor last saved.
    if (changed.has('value') || changed.has('streamId')) this.saved = undefined;
    if (changed.has('streamId') && changed.get('streamId') !== undefined) this.stopEditing();
    if (changed.has('editable') && !this.editable) this.stopEditing();
  }

  override render() {
    const text = this.text.bind(this);
    if (!this.editing) {
      const shown = shownValue(this.field, this.saved, this.value);
      return renderValue(shown, this.field, this.target, this.editable, text, this.startEditing);
    }
    const form = {
      field: this.field,
      target: this.target,
      uid: this.uid,
      draft: this.draft,
      saving: this.save.status === TaskStatus.PENDING,
      invalid: !!this.problem,
      message: this.problem ? this.text(this.problem.key, this.problem.vars) : this.failure,
    };
    return renderForm(form, text, this.on);
  }

  private get current(): FieldValue {
    return currentValue(this.field, this.saved, this.value);
  }

  private text(key: keyof FieldEditorStrings, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  private readonly startEditing = async (): Promise<void> => {
    this.draft = draftOf(this.current);
    this.problem = undefined;
    this.failure = '';
    this.editing = true;
    await this.updateComplete;
    this.input?.focus();
  };

  private stopEditing(): void {
    this.editing = false;
    this.problem = undefined;
    this.failure = '';
  }

  private async cancel(): Promise<void> {
    this.stopEditing();
    await this.updateComplete;
    this.editButton?.focus();
  }

  private readonly on: FormHandlers = {
    input: event => {
      this.draft = (event.target as HTMLInputElement).value;
      this.problem = undefined;
    },
    keydown: event => {
      if (event.key === 'Escape' && this.save.status !== TaskStatus.PENDING) {
        event.preventDefault();
        event.stopPropagation();
        void this.cancel();
      }
    },
    cancel: () => void this.cancel(),
    submit: event => {
      event.preventDefault();
      if (this.save.status === TaskStatus.PENDING) return;
      this.failure = '';
      const decision = submitDecision(this.field, this.draft, this.current);
      if (decision.kind === 'refuse') {
        this.problem = decision.problem;
        this.input?.focus();
      } else if (decision.kind === 'unchanged') {
        void this.cancel();
      } else {
        void this.save.run([this.client, this.streamId, this.field, decision.value]);
      }
    },
  };
}

define('ns-stream-field-editor', NsStreamFieldEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-field-editor': NsStreamFieldEditor;
  }
}
