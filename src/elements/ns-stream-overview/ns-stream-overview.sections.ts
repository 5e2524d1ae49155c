/**
 * The content of `<ns-stream-overview>`'s tabs: the overview's sections (details, ingest, ABR
 * table, token, playout, VOD) and the nested Live Processing and Code Snippets elements. Each
 * piece takes a view object (`ns-stream-overview.view.ts`), the texts and what it passes on.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {BintuClient} from '../../api/client.js';
import type {Stream} from '../../api/types.js';
import type {NsSession} from '../../context.js';
import type {PlaybackTokenState} from '../../internal/controllers/playback-token.js';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {copyButtonExports, exportparts, fieldEditorExports} from '../../internal/exportparts.js';
import type {Strings} from '../../i18n/shared.strings.js';
import {renderError, renderPending} from '../../internal/templates.js';
import '../../internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import '../ns-abr-table/ns-abr-table.js';
import '../ns-live-processing/ns-live-processing.js';
import '../ns-snippet-builder/ns-snippet-builder.js';
import '../ns-token-info/ns-token-info.js';
import {
  abrTableForward,
  liveProcessingForward,
  snippetBuilderForward,
  tokenInfoForward,
} from './ns-stream-overview.parts.js';
import type {Overrides, Text} from './ns-stream-overview.templates.js';
import {
  detailsView,
  playoutView,
  sectionsView,
  vodRows,
  type DetailsView,
  type EditableField,
  type OverviewText,
  type StreamOverviewTab,
  type VodRow,
} from './ns-stream-overview.view.js';

// The nested elements' parts, under the names ./ns-stream-overview.parts.ts gives them.
const ABR_TABLE_EXPORTS = exportparts(abrTableForward);
const LIVE_PROCESSING_EXPORTS = exportparts(liveProcessingForward);
const SNIPPET_BUILDER_EXPORTS = exportparts(snippetBuilderForward);
const TOKEN_INFO_EXPORTS = exportparts(tokenInfoForward);

/** What the tabs' content reads from the element. */
export interface PanelInput {
  stream: Stream;
  session: NsSession | undefined;
  client: BintuClient | undefined;
  strings: Overrides | undefined;
  /** The element's localizer; `shared()` words the shared states (pending, error, retry). */
  i18n: OverviewText & {shared(): Strings};
  token: PlaybackTokenState;
  retryToken: () => void;
}

/** The content of `tab`. */
export function renderPanel(tab: StreamOverviewTab, input: PanelInput): TemplateResult {
  const {stream, client} = input;
  if (tab === 'overview') return renderOverview(input);
  if (tab === 'live-processing') {
    return html`<ns-live-processing
      stream-id=${stream.id}
      .client=${client}
      exportparts=${LIVE_PROCESSING_EXPORTS}
    ></ns-live-processing>`;
  }
  // The builder gets the token the playout URLs carry, so one token serves the whole page.
  return html`<ns-snippet-builder
    stream-id=${stream.id}
    .client=${client}
    .playbackToken=${input.token.state === 'ready' ? input.token.token : undefined}
    exportparts=${SNIPPET_BUILDER_EXPORTS}
  ></ns-snippet-builder>`;
}

function renderOverview(input: PanelInput) {
  const {stream, session, client, strings, i18n} = input;
  const t: Text = key => i18n.text(key);
  const shown = sectionsView(stream, session);
  return html`<div class="sections">
    ${renderDetails(detailsView(stream, session, i18n), stream.id, client, strings)}
    ${renderIngest(stream, t, strings)}
    ${
      shown.abr
        ? html`<section class="section" part="section" aria-label=${t('abr')}>
            <ns-abr-table
              stream-id=${stream.id}
              .client=${client}
              exportparts=${ABR_TABLE_EXPORTS}
            ></ns-abr-table>
          </section>`
        : nothing
    }
    ${shown.token ? renderToken(input, t) : nothing} ${renderPlayout(input, t)}
    ${shown.vod ? renderVod(vodRows(stream, i18n), t) : nothing}
  </div>`;
}

function section(id: string, heading: string, body: unknown, part = 'section') {
  return html`<section class="section" part=${part} aria-labelledby="h-${id}">
    <h3 class="section-heading" part="section-heading" id="h-${id}">${heading}</h3>
    ${body}
  </section>`;
}

function copyPair(
  label: string,
  value: string,
  copyLabel: string,
  strings: Overrides | undefined,
  long = false,
) {
  return html`<div class="pair">
    <dt>${label}</dt>
    <dd class="copyable">
      <code class=${long ? 'long' : ''}>${value}</code>
      <ns-copy-button
        .value=${value}
        label=${copyLabel}
        .strings=${strings}
        exportparts=${copyButtonExports}
      ></ns-copy-button>
    </dd>
  </div>`;
}

function renderDetails(
  view: DetailsView,
  streamId: string,
  client: BintuClient | undefined,
  strings: Overrides | undefined,
) {
  const rows: [string, unknown][] = view.rows.map(row => [
    row.label,
    row.code ? html`<code>${row.value}</code>` : row.value,
  ]);
  const fields = view.fields;
  if (fields) {
    const editor = (
      field: 'tags' | 'push-url',
      {label, value, editable}: EditableField<string[] | string | undefined>,
    ) =>
      rows.push([
        label,
        html`<ns-stream-field-editor
          field=${field}
          stream-id=${streamId}
          .client=${client}
          .value=${value}
          target=${fields.target}
          ?editable=${editable}
          .strings=${strings}
          exportparts=${fieldEditorExports}
        ></ns-stream-field-editor>`,
      ]);
    editor('tags', fields.tags);
    editor('push-url', fields.pushUrl);
  }
  return section(
    'details',
    view.heading,
    html`<dl class="pairs" part="details">
      ${rows.map(
        ([label, value]) =>
          html`<div class="pair">
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`,
  );
}

function renderIngest(stream: Stream, t: Text, strings: Overrides | undefined) {
  const {url, streamname} = stream.ingest.rtmp;
  return section(
    'ingest',
    t('ingest'),
    html`<dl class="pairs" part="ingest">
      ${copyPair(t('ingestUrl'), url, t('copyIngestUrl'), strings)}
      ${copyPair(t('ingestStreamname'), streamname, t('copyIngestStreamname'), strings)}
    </dl>`,
  );
}

/** The token section; shown only for a stream that needs a token, so `none` means "may not". */
function renderToken({token, i18n, retryToken}: PanelInput, t: Text) {
  const pending = () => renderPending(t('tokenLoading'), {rows: 2});
  let body: unknown;
  if (token.state === 'none') body = html`<p class="note">${t('tokenNotAllowed')}</p>`;
  else if (token.state === 'pending') body = pending();
  else if (token.state === 'error') body = renderError(token.error, retryToken, i18n.shared());
  else {
    body = html`<p class="note">${t('tokenIntro')}</p>
      <ns-token-info .token=${token.token} exportparts=${TOKEN_INFO_EXPORTS}></ns-token-info>`;
  }
  return section('token', t('token'), body, 'token');
}

function renderPlayout({stream, token, strings}: PanelInput, t: Text) {
  const view = playoutView(stream, token);
  return section(
    'playout',
    t('h5live'),
    html`<dl class="pairs" part="playout" aria-busy=${view.busy ? 'true' : 'false'}>
      ${copyPair(t('playoutUrl'), view.playoutUrl, t('copyPlayoutUrl'), strings, true)}
      ${copyPair(t('iframeUrl'), view.iframeUrl, t('copyIframeUrl'), strings, true)}
    </dl>`,
  );
}

/* eslint-disable lit-a11y/no-redundant-role -- In a narrow container the VOD table's parts get
   `display: block` (stacked cards), and some browsers then drop their implicit table roles; the
   explicit roles keep the table a table for screen readers at every width. */
function renderVod(rows: VodRow[], t: Text) {
  return section(
    'vod',
    t('vod'),
    rows.length
      ? html`<div class="table-wrap">
          <table part="vod-table" role="table">
            <caption class="sr-only">
              ${t('vodCaption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">${t('sessionDate')}</th>
                <th scope="col" role="columnheader">${t('recordingName')}</th>
                <th scope="col" role="columnheader" class="num">${t('fileSize')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${rows.map(
                vod =>
                  html`<tr role="row">
                    <td role="cell" data-label=${t('sessionDate')}>${vod.date}</td>
                    <td role="cell" data-label=${t('recordingName')}>
                      ${
                        vod.href
                          ? html`<a href=${vod.href} target="_blank" rel="noopener noreferrer"
                              >${vod.name}</a
                            >`
                          : vod.name
                      }
                    </td>
                    <td role="cell" class="num" data-label=${t('fileSize')}>${vod.size}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : html`<p class="note">${t('noRecordings')}</p>`,
  );
}
/* eslint-enable lit-a11y/no-redundant-role */
