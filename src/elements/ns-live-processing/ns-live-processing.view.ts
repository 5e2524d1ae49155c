/**
 * What `<ns-live-processing>` shows, decided without a DOM and without Lit: whether there is
 * anything to load, what the role may do, the process submenu and the quality tabs, and the
 * selected process (details, asset, image, tables). The tables are in `tables.view.ts`, the form
 * in `settings.view.ts`. Every text comes from the element's catalogue through the `text`
 * function the element passes in.
 */
import {PROCESSING_IDS} from '../../api/limits.js';
import type {H5LivePlayout, ProcessingConfig, ProcessingId, Stream} from '../../api/types.js';
import type {NsSession} from '../../context.js';
import {EMPTY_VALUE, formatBitrate, formatDuration, formatNumber} from '../../i18n/format.js';
import {qualityOf, resolutionOf} from '../../internal/playout-quality.js';
import type {LiveProcessingStringKey} from './ns-live-processing.catalogues.js';
import {
  assetsOf,
  cacheBusted,
  configOf,
  hasDuration,
  hasInterval,
  playoutOf,
} from './processing.js';
import {
  linkView,
  recordingsView,
  sessionsView,
  type CopyView,
  type LinkView,
  type TableView,
} from './tables.view.js';
import type {ViewText} from './view-text.js';

export type {ViewText} from './view-text.js';

type Text = ViewText['text'];

const PROCESS_NAME: Record<ProcessingId, LiveProcessingStringKey> = {
  thumbs: 'processThumbs',
  motionclip: 'processMotionclip',
  replay: 'processReplay',
  rec: 'processRec',
};

/** The name of a process, as the submenu and the headings say it. */
export function processName(id: ProcessingId, text: Text): string {
  return text(PROCESS_NAME[id]);
}

/** What the element shows before it asks for the stream. */
export type Gate = 'no-stream' | 'session-pending' | 'session-error' | 'upgrade' | 'load';

/** Whether there is a stream to load, the session is still loading or failed, or the package is missing. */
export function gateOf(streamId: string, session: NsSession | undefined): Gate {
  if (!streamId) return 'no-stream';
  if (session?.status === 'loading') return 'session-pending';
  if (session?.status === 'error') return 'session-error';
  if (session && !session.features.opcodes) return 'upgrade';
  return 'load';
}

/** Whether the stream may be loaded: the organisation has the package (or no provider says). */
export function mayLoad(session: NsSession | undefined): boolean {
  if (!session) return true;
  return session.status === 'ready' && session.features.opcodes;
}

/** Whether the role may change the processing settings. */
export function mayEdit(session: NsSession | undefined): boolean {
  return session?.can('setStreamProcessing') ?? false;
}

/** The "Upgrade needed" note: up front (a note) or after a save the server refused (an alert). */
export interface UpgradeView {
  role: 'note' | 'alert';
  title: string;
  text: string;
  contact: string;
}

export function upgradeView(afterSave: boolean, text: Text): UpgradeView {
  return {
    role: afterSave ? 'alert' : 'note',
    title: text('upgradeTitle'),
    text: text(afterSave ? 'saveNotEnabled' : 'upgradeText'),
    contact: text('upgradeContact'),
  };
}

/** One entry of the process submenu. */
export interface ProcessItem {
  id: ProcessingId;
  label: string;
  current: boolean;
}

export function processMenu(selected: ProcessingId, text: Text): ProcessItem[] {
  return PROCESSING_IDS.map(id => ({
    id,
    label: processName(id, text),
    current: id === selected,
  }));
}

/** One quality tab of a group. */
export interface QualityTab {
  id: string;
  label: string;
  selected: boolean;
}

/** "1080p (original)", "480p"; without a known height "Original" or "Quality 2". */
export function qualityLabel(playout: H5LivePlayout, index: number, text: Text): string {
  const {height} = qualityOf(playout);
  if (height === undefined) {
    // Without `info` or a profile id the passthrough is still known to be the original.
    return playout.index === 0
      ? text('qualityUnknownOriginal')
      : text('qualityUnknown', {index: index + 1});
  }
  const resolution = `${height}p`;
  return text(playout.index === 0 ? 'qualityTabOriginal' : 'qualityTab', {resolution});
}

export function qualityTabs(
  members: readonly H5LivePlayout[],
  selected: number,
  text: Text,
): QualityTab[] {
  return members.map((playout, i) => ({
    id: `tab-${i}`,
    label: qualityLabel(playout, i, text),
    selected: i === selected,
  }));
}

/** The layout around the selected process: the submenu, a group's tabs, the panel. */
export interface ContentView {
  processesLabel: string;
  processes: ProcessItem[];
  qualitiesLabel: string;
  /** One per member of a group; none for a single stream. */
  tabs: QualityTab[];
  /** The id of the tab that labels the panel (a group only). */
  selectedTab: string | undefined;
  busy: boolean;
}

export function contentView(
  process: ProcessingId,
  members: readonly H5LivePlayout[],
  qualityIndex: number,
  busy: boolean,
  text: Text,
): ContentView {
  const tabs = qualityTabs(members, qualityIndex, text);
  return {
    processesLabel: text('processesLabel'),
    processes: processMenu(process, text),
    qualitiesLabel: text('qualitiesLabel'),
    tabs,
    selectedTab: tabs.find(tab => tab.selected)?.id,
    busy,
  };
}

/** "1920×1080 · 4.5 Mbit/s", either half alone, or "—". */
export function qualityText(playout: H5LivePlayout | undefined, {text, locale}: ViewText): string {
  const known = qualityOf(playout);
  const resolution = resolutionOf(known);
  const bitrate = known.bitrate === undefined ? undefined : formatBitrate(known.bitrate, locale);
  return resolution && bitrate
    ? text('qualityValue', {resolution, bitrate})
    : (resolution ?? bitrate ?? EMPTY_VALUE);
}

/** "45 s", or "300 s (5 min)" when a larger unit reads better. */
export function secondsText(value: number, {text, locale}: ViewText): string {
  const exact = text('secondsValue', {value: formatNumber(value, locale)});
  if (value < 60) return exact;
  return text('secondsHuman', {exact, human: formatDuration(value, locale)});
}

/** The asset's URL entry; for the live replay that is its replay page, labelled so. */
export interface AssetView {
  heading: string;
  link: LinkView | undefined;
  copy: CopyView | undefined;
  /** Said when there is no asset yet. */
  none: string;
}

/** The thumbnail or motion clip, past the browser's cache after a Refresh. */
export interface PreviewView {
  src: string;
  alt: string;
  unavailable: string;
}

/** A details entry: a term and its value. */
export interface DetailView {
  term: string;
  value: string;
}

/** The selected process of the selected quality. */
export interface ProcessView {
  id: ProcessingId;
  name: string;
  refresh: string;
  refreshLabel: string;
  /** Active exactly when the process's configuration is in the playout's `processing` list. */
  status: DetailView & {active: boolean};
  streamname: DetailView;
  quality: DetailView;
  /** Undefined for the recording (its files are listed below). */
  asset: AssetView | undefined;
  /** Interval and duration, as far as the process has them. */
  timing: DetailView[];
  /** Thumbnails and motion clips have an image box (shown once there is an asset). */
  withPreview: boolean;
  preview: PreviewView | undefined;
  tables: TableView[];
  /** The playout whose stored settings the form starts from. */
  playout: H5LivePlayout | undefined;
}

function durationText(config: ProcessingConfig | undefined, view: ViewText): string {
  if (!config) return EMPTY_VALUE;
  if (config.duration == null) return view.text('entireStream');
  return typeof config.duration === 'number' ? secondsText(config.duration, view) : EMPTY_VALUE;
}

export function processView(
  stream: Stream,
  memberId: string,
  id: ProcessingId,
  view: ViewText,
  /** The last Refresh's token of the stream, for the image URL. */
  bust?: number,
): ProcessView {
  const t = view.text;
  const playout = playoutOf(stream, memberId) ?? stream.playout.h5live[0];
  const config = configOf(playout, id);
  const name = processName(id, t);
  const streamname = playout?.rtmp.streamname ?? stream.ingest.rtmp.streamname;
  const kind = id === 'thumbs' ? 'thumbnails' : id === 'rec' ? undefined : id;
  const url = kind && assetsOf(stream, kind, memberId)[0]?.url;
  const replayPage = id === 'replay';
  const withPreview = id === 'thumbs' || id === 'motionclip';
  const timing: DetailView[] = [];
  if (hasInterval(id)) {
    const interval = config?.interval;
    timing.push({
      term: t('interval'),
      value: typeof interval === 'number' ? secondsText(interval, view) : EMPTY_VALUE,
    });
  }
  if (hasDuration(id)) timing.push({term: t('duration'), value: durationText(config, view)});
  const tables: TableView[] = [];
  if (id === 'replay') tables.push(sessionsView(stream, memberId, !!url, view));
  if (id === 'rec') tables.push(recordingsView(stream, memberId, view));
  return {
    id,
    name,
    refresh: t('refresh'),
    refreshLabel: t('refreshLabel', {process: name}),
    status: {term: t('status'), value: t(config ? 'active' : 'inactive'), active: !!config},
    streamname: {term: t('streamname'), value: streamname},
    quality: {term: t('quality'), value: qualityText(playout, view)},
    asset: kind
      ? {
          heading: t(replayPage ? 'replayPage' : 'assetUrl'),
          link: url
            ? linkView(url, url, {
                mono: true,
                label: replayPage ? t('openReplayPageLabel', {url}) : undefined,
              })
            : undefined,
          copy: url
            ? {
                value: url,
                label: replayPage ? t('copyReplayPage') : t('copyAssetUrl', {process: name}),
              }
            : undefined,
          none: t('noAsset'),
        }
      : undefined,
    timing,
    withPreview,
    preview:
      url && withPreview
        ? {
            src: cacheBusted(url, bust),
            alt: t(id === 'thumbs' ? 'thumbnailAlt' : 'motionclipAlt', {streamname}),
            unavailable: t('imageUnavailable'),
          }
        : undefined,
    tables,
    playout,
  };
}
