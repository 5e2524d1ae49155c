import {LitElement, css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import type {Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsStreamChangeEvent} from '../../events.js';
import {define} from '../../internal/define.js';
import {EMPTY_VALUE} from '../../internal/format.js';
import {Localizer} from '../../internal/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError} from '../../internal/templates.js';
import {fieldEditorCatalogues, type FieldEditorStrings} from './field-editor.strings.js';
import {
  parsePushUrlInput,
  parseTagsInput,
  sameTags,
  type FieldProblem,
} from './field-validation.js';

/** Which stream field the editor edits. */
export type EditableField = 'tags' | 'push-url';

type FieldValue = string[] | string;

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
 * @csspart value - The shown value (tag list or URL).
 * @csspart tag - One tag.
 * @csspart edit-button - The Edit button.
 * @csspart form - The edit form.
 * @csspart input - The text field.
 * @csspart save-button - The Save button.
 * @csspart cancel-button - The Cancel button.
 * @csspart message - The validation or save failure message.
 * @cssproperty --ns-color-surface - Background.
 * @cssproperty --ns-color-text - Text.
 * @cssproperty --ns-color-text-muted - Secondary text.
 * @cssproperty --ns-color-border - Dividers and table lines.
 * @cssproperty --ns-color-border-strong - Outlines of inputs and secondary buttons.
 * @cssproperty --ns-color-accent - Primary buttons, links, selection.
 * @cssproperty --ns-color-accent-contrast - Text on the accent.
 * @cssproperty --ns-color-focus-ring - Keyboard focus outline.
 * @cssproperty --ns-color-danger - Errors and destructive actions.
 * @cssproperty --ns-font-family - Text font.
 * @cssproperty --ns-font-family-mono - IDs, URLs and code.
 * @cssproperty --ns-font-size - Base font size.
 * @cssproperty --ns-radius - Corner radius.
 * @cssproperty --ns-space - Base spacing unit.
 * @cssproperty --ns-density - Multiplier on spacing and control height.
 * @cssproperty --ns-control-height - Height of buttons, inputs and selects.
 */
export class NsStreamFieldEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        background-color: transparent;
        min-width: 0;
      }
      .view {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_ns-space);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_ns-space) * 0.5);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tag {
        font-weight: 500;
      }
      .url {
        overflow-wrap: anywhere;
      }
      .none {
        color: var(--_ns-color-text-muted);
      }
      .button.small {
        min-height: calc(var(--_ns-control-height) * 0.8);
        padding: 0 var(--_ns-space);
        font-size: 0.9em;
      }
      form {
        display: grid;
        gap: calc(var(--_ns-space) * 0.75);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_ns-space);
        align-items: center;
      }
      .row .input {
        flex: 1 1 14rem;
        min-width: 0;
      }
      .hint,
      .field-error {
        margin: 0;
      }
      .field-error:empty {
        display: none;
      }
    `,
  ];

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

  /** The locale of the nearest `<ns-api-provider>`, when there is one. */
  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: fieldEditorCatalogues,
    locale: () => this.session?.locale,
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
      // `push_url` in the answer is assumed: a server that leaves it out accepted what was sent.
      this.saved =
        field === 'tags'
          ? Array.isArray(stream.tags)
            ? [...stream.tags]
            : sent
          : typeof stream.push_url === 'string'
            ? stream.push_url
            : sent;
      this.editing = false;
      this.failure = '';
      this.dispatchEvent(new NsStreamChangeEvent({streamId: stream.id, action: field, stream}));
      void this.updateComplete.then(() => this.editButton?.focus());
    },
    onError: error => {
      const {message, code} = describeError(error, this.i18n.shared());
      const reason = [message.replace(/\.?$/, '.'), code].filter(Boolean).join(' ');
      this.failure = this.text(this.field === 'tags' ? 'saveTagsFailed' : 'savePushUrlFailed', {
        reason,
      });
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new value from the host (a reload, another editor) replaces what this editor last saved.
    if (changed.has('value') || changed.has('streamId')) this.saved = undefined;
    if (changed.has('streamId') && changed.get('streamId') !== undefined) this.stopEditing();
    if (changed.has('editable') && !this.editable) this.stopEditing();
  }

  override render() {
    const saving = this.save.status === TaskStatus.PENDING;
    return this.editing ? this.renderForm(saving) : this.renderView();
  }

  private get current(): FieldValue {
    const value = this.saved ?? this.value;
    if (this.field === 'tags') return Array.isArray(value) ? value : [];
    return typeof value === 'string' ? value : '';
  }

  private text(key: keyof FieldEditorStrings, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  private renderView() {
    const current = this.current;
    const target = this.target;
    const shown =
      this.field === 'tags'
        ? (current as string[]).length
          ? html`<ul class="tags" part="value">
              ${(current as string[]).map(
                tag => html`<li class="badge tag" part="tag">${tag}</li>`,
              )}
            </ul>`
          : html`<span class="none" part="value">${this.text('noTags')}</span>`
        : current
          ? html`<code class="url" part="value">${current}</code>`
          : html`<span class="none" part="value"
              >${(this.saved ?? this.value) === undefined ? EMPTY_VALUE : this.text('noPushUrl')}</span
            >`;
    return html`<div class="view">
      ${shown}
      ${
        this.editable
          ? html`<button
              type="button"
              class="button quiet small edit"
              part="edit-button"
              aria-label=${this.text(this.field === 'tags' ? 'editTags' : 'editPushUrl', {target})}
              @click=${this.startEditing}
            >
              ${this.text('edit')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderForm(saving: boolean) {
    const target = this.target;
    const isTags = this.field === 'tags';
    const message = this.problem ? this.text(this.problem.key, this.problem.vars) : this.failure;
    return html`<form part="form" novalidate @submit=${this.submit} aria-busy=${saving}>
      <label class="sr-only" for="${this.uid}-input"
        >${this.text(isTags ? 'tagsLabel' : 'pushUrlLabel', {target})}</label
      >
      <div class="row">
        <input
          id="${this.uid}-input"
          class="input mono"
          part="input"
          type=${isTags ? 'text' : 'url'}
          autocomplete="off"
          spellcheck="false"
          .value=${this.draft}
          ?disabled=${saving}
          aria-invalid=${this.problem ? 'true' : 'false'}
          aria-describedby="${this.uid}-hint ${this.uid}-message"
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        <button type="submit" class="button primary small" part="save-button" ?disabled=${saving}>
          ${saving ? this.text('saving') : this.text('save')}
        </button>
        <button
          type="button"
          class="button secondary small"
          part="cancel-button"
          ?disabled=${saving}
          @click=${this.cancel}
        >
          ${this.text('cancel')}
        </button>
      </div>
      <p class="hint" id="${this.uid}-hint">${this.text(isTags ? 'tagsHint' : 'pushUrlHint')}</p>
      <p class="field-error" part="message" id="${this.uid}-message" role="alert">${message}</p>
    </form>`;
  }

  private async startEditing(): Promise<void> {
    const current = this.current;
    this.draft = Array.isArray(current) ? current.join(', ') : current;
    this.problem = undefined;
    this.failure = '';
    this.editing = true;
    await this.updateComplete;
    this.input?.focus();
  }

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

  private onInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    this.problem = undefined;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.save.status !== TaskStatus.PENDING) {
      event.preventDefault();
      event.stopPropagation();
      void this.cancel();
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.save.status === TaskStatus.PENDING) return;
    this.failure = '';
    const current = this.current;
    if (this.field === 'tags') {
      const parsed = parseTagsInput(this.draft);
      if (!parsed.ok) return this.refuse(parsed.problem);
      if (sameTags(parsed.value, current as string[])) return void this.cancel();
      void this.save.run([this.client, this.streamId, 'tags', parsed.value]);
    } else {
      const parsed = parsePushUrlInput(this.draft);
      if (!parsed.ok) return this.refuse(parsed.problem);
      if (parsed.value === current) return void this.cancel();
      void this.save.run([this.client, this.streamId, 'push-url', parsed.value]);
    }
  }

  private refuse(problem: FieldProblem): void {
    this.problem = problem;
    this.input?.focus();
  }
}

define('ns-stream-field-editor', NsStreamFieldEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-field-editor': NsStreamFieldEditor;
  }
}
