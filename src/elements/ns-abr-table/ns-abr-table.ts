import {LitElement, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {isNotEnabled, isNotOffered} from '../../api/support.js';
import type {H5LivePlayout, Stream, TranscodeProfileId} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsLoadErrorEvent, NsStreamChangeEvent} from '../../events.js';
import '../../internal/copy-button.js';
import {copyButtonExports, fieldEditorExports} from '../../internal/parts.js';
import {define} from '../../internal/define.js';
import {Localizer} from '../../internal/localizer.js';
import type {Strings} from '../../internal/strings.js';
import {EMPTY_VALUE, formatBitrate} from '../../internal/format.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, errorDetail, renderError, renderPending} from '../../internal/templates.js';
import type {FieldEditorStrings} from '../internal-editors/field-editor.strings.js';
import '../internal-editors/ns-stream-field-editor.js';
import {abrTableCatalogues, type AbrTableStrings} from './ns-abr-table.strings.js';
import {styles} from './ns-abr-table.styles.js';
import {eligibleProfiles, profileInfo, qualityOf, resolutionOf} from './transcode-profiles.js';

/** One playout of the group: its `h5live` entry and, once loaded, its own stream object. */
interface PlayoutRow {
  playout: H5LivePlayout;
  stream: Stream | undefined;
}

interface GroupData {
  /** The group's passthrough stream (its id is the group id). */
  group: Stream;
  /** Member streams by id (the passthrough included). */
  members: ReadonlyMap<string, Stream>;
}

/** Why Add Profile is no longer offered: the API lacks the endpoint, or the organisation the package. */
type AddBlocked = 'not-offered' | 'not-enabled';

interface AddResult {
  group: Stream;
  added: Stream[];
  profile: TranscodeProfileId;
}

/**
 * @summary The playouts of an ABR stream group: the passthrough ("Original Stream") and each
 * transcode, with streamname, push URL, tags, resolution, bitrate and framerate; tags and push URL
 * editable where the role may, and "Add Profile" where the role and the organisation's limit allow.
 *
 * `stream-id` may be the group's id (its passthrough's) or any member's. A new transcode row appears
 * once the API has confirmed it.
 *
 * Against a server with only the documented API it degrades, never breaks. Adding a profile
 * (`POST /stream/{id}/transcode`) is assumed: when it answers 404 or 405 the form closes, a note says
 * this API does not offer adding profiles, Add Profile is not offered again, and the table keeps
 * working; a 403 "Organisation is not enabled" says "Upgrade needed". When the organisation's
 * transcode limit is unknown no limit is claimed: the server decides, and its 403 answer's message
 * is shown. Without a playout's `info`, Resolution, Bitrate and Framerate come from the transcode's
 * `vtrans2-WxHxKxF` profile id when its tags carry one, else they show the empty mark ("—"). A load
 * answered 403 "Organisation is not enabled" shows "Upgrade needed" instead of an error.
 *
 * @event ns-stream-change - Tags or a push URL were saved (`action: 'tags' | 'push-url'`), or a
 *   profile was added (`action: 'transcode'`, `stream` = the group's passthrough).
 *   `detail: {streamId, action, stream}`.
 * @event ns-load-error - The group could not be loaded. `detail: {status, code, message}`.
 *
 * @csspart header - The heading row with the streamgroup ID.
 * @csspart heading - The "Streamgroup (n Playouts)" heading.
 * @csspart group-id - The streamgroup ID.
 * @csspart table - The playouts table.
 * @csspart header-row - The table's column headers.
 * @csspart row - A playout's row.
 * @csspart cell - A cell of a playout's row.
 * @csspart add-profile-button - The "Add Profile" button.
 * @csspart add-form - The profile picker form.
 * @csspart profile-select - Its profile select.
 * @csspart add-button - Its Add button.
 * @csspart add-cancel-button - Its Cancel button.
 * @csspart message - A note or failure message about adding a profile.
 * @csspart upgrade - The "Upgrade needed" note (the organisation lacks transcoding).
 * @csspart not-found - The "Stream not found" state.
 * @csspart empty - The note shown when the stream is not a group.
 * @csspart pending - The loading state.
 * @csspart error - The error state (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 * @csspart copy-button - Every copy button.
 * @csspart copy-feedback - The "Copied" message next to a copy button.
 * @csspart field-value - The shown value of an editable field (tags, push URL).
 * @csspart field-tag - One tag of an editable tag list.
 * @csspart field-edit-button - An editable field's Edit button.
 * @csspart field-form - An editable field's edit form.
 * @csspart field-input - An editable field's text field.
 * @csspart field-save-button - An editable field's Save button.
 * @csspart field-cancel-button - An editable field's Cancel button.
 * @csspart field-message - An editable field's validation or save failure message.
 *
 * @cssproperty --ns-abr-table-header-background - Background of the table's header row and row
 *   headers; default `--ns-color-surface-raised`.
 *
 * Below a width of 44rem the table stacks each row's cells, labelled, so it fits a phone.
 * @cssproperty --ns-color-surface - Background.
 * @cssproperty --ns-color-surface-raised - Header rows, cards, stripes.
 * @cssproperty --ns-color-text - Text.
 * @cssproperty --ns-color-text-muted - Secondary text.
 * @cssproperty --ns-color-border - Dividers and table lines.
 * @cssproperty --ns-color-border-strong - Outlines of inputs and secondary buttons.
 * @cssproperty --ns-color-accent - Primary buttons, links, selection.
 * @cssproperty --ns-color-accent-contrast - Text on the accent.
 * @cssproperty --ns-color-focus-ring - Keyboard focus outline.
 * @cssproperty --ns-color-danger - Errors and destructive actions.
 * @cssproperty --ns-color-success - Success feedback.
 * @cssproperty --ns-font-family - Text font.
 * @cssproperty --ns-font-family-mono - IDs, URLs and code.
 * @cssproperty --ns-font-size - Base font size.
 * @cssproperty --ns-radius - Corner radius.
 * @cssproperty --ns-space - Base spacing unit.
 * @cssproperty --ns-density - Multiplier on spacing and control height.
 * @cssproperty --ns-control-height - Height of buttons, inputs and selects.
 */
export class NsAbrTable extends LitElement {
  static override styles = [...sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The stream group's id, or the id of any of its member streams. */
  @property({attribute: 'stream-id', reflect: true}) streamId = '';

  /**
   * Replacement strings (a host's wording); also passed to the editors. The rest come in the
   * provider's language.
   */
  @property({attribute: false}) strings?: Partial<AbrTableStrings & FieldEditorStrings & Strings>;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: abrTableCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** The loaded group, then changed by confirmed edits and additions. */
  @state() private data?: GroupData;
  @state() private adding = false;
  @state() private profile: TranscodeProfileId | '' = '';
  @state() private addFailure = '';
  @state() private announcement = '';
  /** Set once adding a profile turned out impossible here; then Add Profile is not offered again. */
  @state() private addBlocked?: AddBlocked;

  @query('.add-button') private addButton?: HTMLButtonElement;
  @query('select') private profileSelect?: HTMLSelectElement;

  private readonly load = new Task(this, {
    task: async ([client, id], {signal}): Promise<GroupData | typeof initialState> => {
      if (!client || !id) return initialState;
      let group = await client.getStream(id, {}, {signal});
      if (group.streamgroup && group.streamgroup !== group.id) {
        group = await client.getStream(group.streamgroup, {}, {signal});
      }
      const members = new Map<string, Stream>([[group.id, group]]);
      if (group.streamgroup) {
        const others = await Promise.all(
          group.playout.h5live
            .filter(p => p.id !== group.id)
            .map(p => client.getStream(p.id, {}, {signal})),
        );
        for (const member of others) members.set(member.id, member);
      }
      return {group, members};
    },
    args: () => [this.client, this.streamId] as const,
    onComplete: data => {
      this.data = data;
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  private readonly addTask = new Task(this, {
    autoRun: false,
    task: async (
      [client, group, profile]: readonly [BintuClient | undefined, Stream, TranscodeProfileId],
      {signal},
    ): Promise<AddResult> => {
      if (!client) throw new Error('No nanoStream API client.');
      const known = new Set(group.playout.h5live.map(p => p.id));
      const updated = await client.addTranscode(group.id, profile, {signal});
      // The transcode exists now; if its own details cannot be read, the row still appears.
      const added = await Promise.all(
        updated.playout.h5live
          .filter(p => !known.has(p.id))
          .map(p => client.getStream(p.id, {}, {signal}).catch(() => undefined)),
      );
      return {group: updated, added: added.filter((s): s is Stream => !!s), profile};
    },
    onComplete: ({group, added, profile}) => {
      const members = new Map(this.data?.members ?? []);
      members.set(group.id, group);
      for (const stream of added) members.set(stream.id, stream);
      this.data = {group, members};
      this.adding = false;
      this.addFailure = '';
      this.announcement = this.text('added', {profile: this.profileLabel(profile)});
      this.dispatchEvent(
        new NsStreamChangeEvent({streamId: group.id, action: 'transcode', stream: group}),
      );
      void this.updateComplete.then(() => this.addButton?.focus());
    },
    onError: error => {
      const blocked: AddBlocked | undefined = isNotEnabled(error)
        ? 'not-enabled'
        : isNotOffered(error)
          ? 'not-offered'
          : undefined;
      if (blocked) {
        this.addBlocked = blocked;
        this.adding = false;
        this.addFailure = '';
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('.add-blocked')?.focus(),
        );
        return;
      }
      const {message, code} = describeError(error, this.i18n.shared());
      // A 403 here is the server's own verdict (e.g. the organisation's limit): show its words.
      const own =
        isApiError(error) && error.status === 403 && error.message.trim() ? error.message : message;
      this.addFailure = this.text('addFailed', {reason: [own, code].filter(Boolean).join(' ')});
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') || changed.has('client')) {
      this.data = undefined;
      this.adding = false;
      this.addFailure = '';
      this.announcement = '';
    }
  }

  override render() {
    if (!this.streamId) return html`<p class="note">${this.text('noStreamId')}</p>`;
    const pending = () => renderPending(this.text('loading'), {rows: 4});
    return html`${this.load.render({
        initial: pending,
        pending,
        complete: () => (this.data ? this.renderGroup(this.data) : pending()),
        error: error =>
          isApiError(error) && error.status === 404
            ? this.renderNotFound()
            : isNotEnabled(error)
              ? this.renderUpgrade()
              : renderError(error, () => void this.load.run(), this.i18n.shared()),
      })}<span class="sr-only" role="status" aria-live="polite">${this.announcement}</span>`;
  }

  private text(key: keyof AbrTableStrings, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  private renderUpgrade() {
    return html`<div part="upgrade" class="ns-state ns-empty" role="note">
      <p><strong>${this.text('upgradeTitle')}</strong></p>
      <p>${this.text('upgradeText')}</p>
    </div>`;
  }

  private renderNotFound() {
    return html`<div part="not-found" class="ns-state ns-empty" role="status">
      <p><strong>${this.text('notFound')}</strong></p>
      <p>${this.text('notFoundDetail', {id: this.streamId})}</p>
    </div>`;
  }

  private renderGroup({group, members}: GroupData) {
    if (group.state === 'deleted') return this.renderNotFound();
    if (!group.streamgroup) {
      return html`<div part="empty" class="ns-state ns-empty" role="status">
        <p>${this.text('notAGroup')}</p>
      </div>`;
    }
    const rows: PlayoutRow[] = [...group.playout.h5live]
      .sort((a, b) => a.index - b.index)
      .map(playout => ({playout, stream: members.get(playout.id)}));
    return html`
      <div class="header" part="header">
        <h3 class="heading" part="heading">
          ${rows.length === 1 ? this.text('headingOne') : this.text('heading', {count: rows.length})}
        </h3>
        <div class="group-id">
          <span class="label-inline">${this.text('streamgroupId')}</span>
          <code part="group-id">${group.id}</code>
          <ns-copy-button
            .value=${group.id}
            label=${this.text('copyStreamgroupId')}
            .strings=${this.strings}
            exportparts=${copyButtonExports}
          ></ns-copy-button>
        </div>
      </div>
      <div class="table-wrap">
        <table part="table" @ns-stream-change=${this.onMemberChange}>
          <caption class="sr-only">
            ${this.text('caption')}
          </caption>
          <thead>
            <tr part="header-row">
              <th scope="col">${this.text('playout')}</th>
              <th scope="col">${this.text('streamname')}</th>
              <th scope="col">${this.text('pushUrl')}</th>
              <th scope="col">${this.text('tags')}</th>
              <th scope="col">${this.text('resolution')}</th>
              <th scope="col">${this.text('bitrate')}</th>
              <th scope="col">${this.text('framerate')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(row => this.renderRow(row, group))}
          </tbody>
        </table>
      </div>
      ${this.renderAddProfile(group, rows)}
    `;
  }

  private renderRow({playout, stream}: PlayoutRow, group: Stream) {
    const locale = this.i18n.locale;
    const original = playout.index === 0;
    const name = original ? this.text('original') : this.text('transcode', {n: playout.index});
    const streamname = stream?.ingest.rtmp.streamname ?? playout.rtmp.streamname;
    const target = original ? name : `${name} (${streamname})`;
    const live = group.state !== 'deleted';
    const quality = qualityOf(playout);
    const resolution = resolutionOf(quality);
    return html`<tr part="row" data-index=${playout.index}>
      <th scope="row" part="cell">
        <span class="playout-name">${name}</span>
        <span class="hint"
          >${original ? this.text('passthrough') : this.text('transcodeProfile', {n: playout.index})}</span
        >
      </th>
      <td part="cell" data-label=${this.text('streamname')}><code>${streamname}</code></td>
      <td part="cell" data-label=${this.text('pushUrl')}>
        ${
          stream
            ? html`<ns-stream-field-editor
                field="push-url"
                stream-id=${stream.id}
                .client=${this.client}
                .value=${typeof stream.push_url === 'string' ? stream.push_url : undefined}
                target=${target}
                ?editable=${live && !!this.session?.can('setStreamPushUrl')}
                .strings=${this.strings}
                exportparts=${fieldEditorExports}
              ></ns-stream-field-editor>`
            : EMPTY_VALUE
        }
      </td>
      <td part="cell" data-label=${this.text('tags')}>
        ${
          stream
            ? html`<ns-stream-field-editor
                field="tags"
                stream-id=${stream.id}
                .client=${this.client}
                .value=${stream.tags}
                target=${target}
                ?editable=${live && !!this.session?.can('setStreamTags')}
                .strings=${this.strings}
                exportparts=${fieldEditorExports}
              ></ns-stream-field-editor>`
            : EMPTY_VALUE
        }
      </td>
      ${
        original
          ? html`<td
              part="cell"
              class="original"
              colspan="3"
              data-label=${`${this.text('resolution')} / ${this.text('bitrate')} / ${this.text('framerate')}`}
            >
              ${this.text('original')}
            </td>`
          : html`<td part="cell" data-label=${this.text('resolution')}>
                ${resolution ?? EMPTY_VALUE}
              </td>
              <td part="cell" data-label=${this.text('bitrate')}>
                ${quality.bitrate === undefined ? EMPTY_VALUE : formatBitrate(quality.bitrate, locale)}
              </td>
              <td part="cell" data-label=${this.text('framerate')}>
                ${
                  quality.fps === undefined
                    ? EMPTY_VALUE
                    : this.text('fps', {fps: new Intl.NumberFormat(locale).format(quality.fps)})
                }
              </td>`
      }
    </tr>`;
  }

  private renderAddProfile(group: Stream, rows: PlayoutRow[]) {
    const session = this.session;
    if (!session?.can('addTranscode') || !session.features.transcoding) return nothing;
    if (group.state === 'deleted') return nothing;
    if (this.addBlocked) {
      return html`<p class="note add-blocked" part="message" role="status" tabindex="-1">
        ${this.text(this.addBlocked === 'not-offered' ? 'addNotOffered' : 'addNotEnabled')}
      </p>`;
    }
    const transcodes = rows.length - 1;
    const max = session.limits.transcodes;
    // Only a limit the server stated is claimed; an unknown one is the server's to enforce.
    if (session.limitsKnown && transcodes >= max) {
      return html`<p class="note" part="message">${this.text('limitReached', {max})}</p>`;
    }
    const bitrates = rows.map(r => qualityOf(r.playout).bitrate);
    const profiles = eligibleProfiles(bitrates);
    if (!profiles.length) {
      return html`<p class="note" part="message">${this.text('noLowerProfile')}</p>`;
    }
    const busy = this.addTask.status === TaskStatus.PENDING;
    if (!this.adding) {
      return html`<div class="add">
        <button
          type="button"
          class="button secondary add-button"
          part="add-profile-button"
          @click=${() => this.openAdd(profiles)}
        >
          ${this.text('addProfile')}
        </button>
      </div>`;
    }
    const selected = profiles.includes(this.profile as TranscodeProfileId)
      ? this.profile
      : profiles[0]!;
    return html`<form
      class="add add-form"
      part="add-form"
      aria-busy=${busy}
      @submit=${(e: SubmitEvent) => this.submitAdd(e, group, selected as TranscodeProfileId)}
      @keydown=${this.onAddKeydown}
    >
      <label class="label" for="profile">${this.text('profileLabel')}</label>
      <div class="add-row">
        <select
          id="profile"
          class="select"
          part="profile-select"
          ?disabled=${busy}
          aria-describedby="add-message"
          @change=${(e: Event) =>
            (this.profile = (e.target as HTMLSelectElement).value as TranscodeProfileId)}
        >
          ${profiles.map(
            p =>
              html`<option value=${p} ?selected=${p === selected}>${this.profileLabel(p)}</option>`,
          )}
        </select>
        <button type="submit" class="button primary" part="add-button" ?disabled=${busy}>
          ${busy ? this.text('adding') : this.text('add')}
        </button>
        <button
          type="button"
          class="button secondary"
          part="add-cancel-button"
          ?disabled=${busy}
          @click=${this.closeAdd}
        >
          ${this.text('cancel')}
        </button>
      </div>
      <p id="add-message" class="field-error" part="message" role="alert">${this.addFailure}</p>
    </form>`;
  }

  private profileLabel(profile: TranscodeProfileId): string {
    const info = profileInfo(profile);
    if (!info) return profile;
    return this.text('profileOption', {
      width: info.width,
      height: info.height,
      bitrate: formatBitrate(info.bitrate, this.i18n.locale),
      fps: info.fps,
    });
  }

  private async openAdd(profiles: TranscodeProfileId[]): Promise<void> {
    this.adding = true;
    this.addFailure = '';
    this.announcement = '';
    this.profile = profiles[0] ?? '';
    await this.updateComplete;
    this.profileSelect?.focus();
  }

  private async closeAdd(): Promise<void> {
    this.adding = false;
    this.addFailure = '';
    await this.updateComplete;
    this.addButton?.focus();
  }

  private onAddKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.addTask.status !== TaskStatus.PENDING) {
      event.preventDefault();
      void this.closeAdd();
    }
  }

  private submitAdd(event: SubmitEvent, group: Stream, profile: TranscodeProfileId): void {
    event.preventDefault();
    if (this.addTask.status === TaskStatus.PENDING) return;
    this.addFailure = '';
    void this.addTask.run([this.client, group, profile]);
  }

  /** Keeps the table in step with what an editor saved (the event goes on to the host). */
  private onMemberChange(event: NsStreamChangeEvent): void {
    const {stream} = event.detail;
    if (!stream || !this.data) return;
    const members = new Map(this.data.members);
    members.set(stream.id, stream);
    const group = stream.id === this.data.group.id ? stream : this.data.group;
    this.data = {group, members};
  }
}

define('ns-abr-table', NsAbrTable);

declare global {
  interface HTMLElementTagNameMap {
    'ns-abr-table': NsAbrTable;
  }
}
