/**
 * What `<ns-live-processing>` lists below a process: the replay sessions and the recordings, as
 * rows of cells (text, links from the API, files with their copy button or size). Pure: no DOM,
 * no Lit.
 */
import {lastPathSegment, recordingsOf} from '../../api/recordings.js';
import type {Stream} from '../../api/types.js';
import {EMPTY_VALUE, formatBytes} from '../../i18n/format.js';
import {isLinkable} from '../../internal/url.js';
import type {LiveProcessingStringKey} from './ns-live-processing.catalogues.js';
import type {ViewText} from './view-text.js';
import {replaySessionsOf} from './processing.js';

/**
 * A URL from the API: a link opening in a new tab when it is http(s); any other URL
 * (`javascript:`, `data:`, …) is never a link and shows as plain text.
 */
export interface LinkView {
  url: string;
  text: string;
  linkable: boolean;
  mono: boolean;
  label: string | undefined;
}

export function linkView(
  url: string,
  text: string,
  {mono = false, label}: {mono?: boolean; label?: string | undefined} = {},
): LinkView {
  return {url, text, linkable: isLinkable(url), mono, label};
}

/** A copy button's value and label. */
export interface CopyView {
  value: string;
  label: string;
}

/** A table cell: plain text, a link, or a file (link with its copy button or size). */
export type CellView =
  | {kind: 'text'; text: string}
  | {kind: 'link'; link: LinkView}
  | {kind: 'file'; link: LinkView; copy?: CopyView; size?: string};

/** A block with a heading: a table of rows, or a note when there is nothing to list. */
export interface TableView {
  part: 'sessions' | 'recordings';
  headingId: string;
  heading: string;
  /** Shown instead of the table (no rows, or none listed). */
  note: string | undefined;
  columns: string[];
  rows: CellView[][];
}

const text = (value: string): CellView => ({kind: 'text', text: value});

/** The replay sessions of one stream; a note when there are none or the server does not list them. */
export function sessionsView(
  stream: Stream,
  memberId: string,
  hasPage: boolean,
  view: ViewText,
): TableView {
  const t = view.text;
  const sessions = replaySessionsOf(stream, memberId);
  const rows = (sessions ?? []).map((s, i): CellView[] => {
    const date = s.sessionDate ? view.dateTime(s.sessionDate) : EMPTY_VALUE;
    // Without a date, a session is named by its place in the list.
    const label = (dated: LiveProcessingStringKey, undated: LiveProcessingStringKey) =>
      s.sessionDate ? t(dated, {date}) : t(undated, {n: i + 1});
    const linkOr = (url: string | undefined, key: LiveProcessingStringKey, aria: string) =>
      url ? {kind: 'link' as const, link: linkView(url, t(key), {label: aria})} : text(EMPTY_VALUE);
    return [
      text(date),
      s.hlsUrl
        ? {
            kind: 'file',
            link: linkView(s.hlsUrl, lastPathSegment(s.hlsUrl) ?? s.hlsUrl, {mono: true}),
            copy: {value: s.hlsUrl, label: label('copyHlsLabel', 'copyHlsLabelUndated')},
          }
        : text(EMPTY_VALUE),
      linkOr(s.replayUrl, 'openReplay', label('openReplayLabel', 'openReplayLabelUndated')),
      linkOr(s.clipUrl, 'openClip', label('openClipLabel', 'openClipLabelUndated')),
    ];
  });
  return {
    part: 'sessions',
    headingId: 'sessions-heading',
    heading: t('sessionsHeading'),
    note: !sessions
      ? t(hasPage ? 'sessionsNotListedPage' : 'sessionsNotListed')
      : rows.length
        ? undefined
        : t('noSessions'),
    columns: [t('sessionDate'), t('hlsFile'), t('replayAccess'), t('clipAccess')],
    rows,
  };
}

/** The recordings of one stream, newest first. */
export function recordingsView(stream: Stream, memberId: string, view: ViewText): TableView {
  const t = view.text;
  const rows = recordingsOf(stream.playout, memberId).map((r): CellView[] => {
    const size = r.size === undefined ? undefined : formatBytes(r.size, view.locale);
    const label = size
      ? t('downloadLabel', {name: r.name, size})
      : t('downloadLabelNoSize', {name: r.name});
    const file: CellView = {kind: 'file', link: linkView(r.url, r.name, {mono: true, label})};
    if (size) file.size = size;
    return [text(r.sessionDate ? view.dateTime(r.sessionDate) : EMPTY_VALUE), file];
  });
  return {
    part: 'recordings',
    headingId: 'recordings-heading',
    heading: t('recordingsHeading'),
    note: rows.length ? undefined : t('noRecordings'),
    columns: [t('sessionDate'), t('fileAccess')],
    rows,
  };
}
