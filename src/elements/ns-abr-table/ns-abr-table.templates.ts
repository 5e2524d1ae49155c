/** The template pieces of `<ns-abr-table>`: a view (`ns-abr-table.view.ts`) in, markup out. */
import {html, nothing, type TemplateResult} from 'lit';
import type {BintuClient} from '../../api/client.js';
import type {TranscodeProfileId} from '../../api/types.js';
import type {NsStreamChangeEvent} from '../../events.js';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {EMPTY_VALUE} from '../../i18n/format.js';
import {renderFormActions} from '../../internal/form-actions.js';
import {copyButtonExports, fieldEditorExports} from '../../internal/exportparts.js';
import '../../internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import type {AbrTableText, AddView, GroupView, PlayoutRowView} from './ns-abr-table.view.js';

/** What the pieces pass on to the nested editors and copy buttons. */
export interface AbrTableContext extends AbrTableText {
  client: BintuClient | undefined;
  /** The host's replacement strings (the editors' and copy buttons' too). */
  strings: object | undefined;
}

/** What the pieces call back. */
export interface AbrTableHandlers {
  onMemberChange(event: NsStreamChangeEvent): void;
  openAdd(profiles: TranscodeProfileId[]): void;
  closeAdd(): void;
  submitAdd(event: SubmitEvent, profile: TranscodeProfileId): void;
  onAddKeydown(event: KeyboardEvent): void;
  pickProfile(profile: TranscodeProfileId): void;
}

export function renderUpgrade(c: AbrTableContext): TemplateResult {
  return html`<div part="upgrade" class="ns-state ns-empty" role="note">
    <p><strong>${c.text('upgradeTitle')}</strong></p>
    <p>${c.text('upgradeText')}</p>
  </div>`;
}

export function renderNotFound(streamId: string, c: AbrTableContext): TemplateResult {
  return html`<div part="not-found" class="ns-state ns-empty" role="status">
    <p><strong>${c.text('notFound')}</strong></p>
    <p>${c.text('notFoundDetail', {id: streamId})}</p>
  </div>`;
}

/** The loaded group: "not found", "not a group", or its header, table and Add Profile area. */
export function renderGroup(
  view: GroupView,
  streamId: string,
  c: AbrTableContext,
  on: AbrTableHandlers,
): TemplateResult {
  if (view.kind === 'not-found') return renderNotFound(streamId, c);
  if (view.kind === 'not-a-group') {
    return html`<div part="empty" class="ns-state ns-empty" role="status">
      <p>${c.text('notAGroup')}</p>
    </div>`;
  }
  return html`
    <div class="header" part="header">
      <h3 class="heading" part="heading">${view.heading}</h3>
      <div class="group-id">
        <span class="label-inline">${c.text('streamgroupId')}</span>
        <code part="group-id">${view.groupId}</code>
        <ns-copy-button
          .value=${view.groupId}
          label=${c.text('copyStreamgroupId')}
          .strings=${c.strings}
          exportparts=${copyButtonExports}
        ></ns-copy-button>
      </div>
    </div>
    <div class="table-wrap">
      <table part="table" @ns-stream-change=${on.onMemberChange}>
        <caption class="sr-only">
          ${c.text('caption')}
        </caption>
        <thead>
          <tr part="header-row">
            <th scope="col">${c.text('playout')}</th>
            <th scope="col">${c.text('streamname')}</th>
            <th scope="col">${c.text('pushUrl')}</th>
            <th scope="col">${c.text('tags')}</th>
            <th scope="col">${c.text('resolution')}</th>
            <th scope="col">${c.text('bitrate')}</th>
            <th scope="col">${c.text('framerate')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(row => renderRow(row, c))}
        </tbody>
      </table>
    </div>
    ${renderAdd(view.add, c, on)}
  `;
}

function renderEditor(
  row: PlayoutRowView,
  field: 'push-url' | 'tags',
  c: AbrTableContext,
): TemplateResult | string {
  const {stream} = row;
  if (!stream) return EMPTY_VALUE;
  const tags = field === 'tags';
  return html`<ns-stream-field-editor
    field=${field}
    stream-id=${stream.id}
    .client=${c.client}
    .value=${tags ? stream.tags : typeof stream.push_url === 'string' ? stream.push_url : undefined}
    target=${row.target}
    ?editable=${tags ? row.canEditTags : row.canEditPushUrl}
    .strings=${c.strings}
    exportparts=${fieldEditorExports}
  ></ns-stream-field-editor>`;
}

function renderRow(row: PlayoutRowView, c: AbrTableContext): TemplateResult {
  return html`<tr part="row" data-index=${row.index}>
    <th scope="row" part="cell">
      <span class="playout-name">${row.name}</span>
      <span class="hint">${row.hint}</span>
    </th>
    <td part="cell" data-label=${c.text('streamname')}><code>${row.streamname}</code></td>
    <td part="cell" data-label=${c.text('pushUrl')}>${renderEditor(row, 'push-url', c)}</td>
    <td part="cell" data-label=${c.text('tags')}>${renderEditor(row, 'tags', c)}</td>
    ${
      row.original
        ? html`<td
            part="cell"
            class="original"
            colspan="3"
            data-label=${`${c.text('resolution')} / ${c.text('bitrate')} / ${c.text('framerate')}`}
          >
            ${c.text('original')}
          </td>`
        : html`<td part="cell" data-label=${c.text('resolution')}>${row.resolution}</td>
            <td part="cell" data-label=${c.text('bitrate')}>${row.bitrate}</td>
            <td part="cell" data-label=${c.text('framerate')}>${row.framerate}</td>`
    }
  </tr>`;
}

function renderAdd(add: AddView, c: AbrTableContext, on: AbrTableHandlers) {
  switch (add.kind) {
    case 'none':
      return nothing;
    case 'blocked':
      return html`<p class="note add-blocked" part="message" role="status" tabindex="-1">
        ${add.message}
      </p>`;
    case 'note':
      return html`<p class="note" part="message">${add.message}</p>`;
    case 'button':
      return html`<div class="add">
        <button
          type="button"
          class="button secondary add-button"
          part="add-profile-button"
          @click=${() => on.openAdd(add.profiles)}
        >
          ${c.text('addProfile')}
        </button>
      </div>`;
    case 'form':
      return renderAddForm(add, c, on);
  }
}

function renderAddForm(
  add: Extract<AddView, {kind: 'form'}>,
  c: AbrTableContext,
  on: AbrTableHandlers,
): TemplateResult {
  const {busy} = add;
  return html`<form
    class="add add-form"
    part="add-form"
    aria-busy=${busy}
    @submit=${(e: SubmitEvent) => on.submitAdd(e, add.selected)}
    @keydown=${on.onAddKeydown}
  >
    <label class="label" for="profile">${c.text('profileLabel')}</label>
    <div class="add-row">
      <select
        id="profile"
        class="select"
        part="profile-select"
        ?disabled=${busy}
        aria-describedby="add-message"
        @change=${(e: Event) =>
          on.pickProfile((e.target as HTMLSelectElement).value as TranscodeProfileId)}
      >
        ${add.options.map(
          o => html`<option value=${o.value} ?selected=${o.selected}>${o.label}</option>`,
        )}
      </select>
      ${renderFormActions({
        busy,
        submit: {label: busy ? c.text('adding') : c.text('add'), part: 'add-button'},
        cancel: {label: c.text('cancel'), part: 'add-cancel-button', onClick: on.closeAdd},
      })}
    </div>
    <p id="add-message" class="field-error" part="message" role="alert">${add.failure}</p>
  </form>`;
}
