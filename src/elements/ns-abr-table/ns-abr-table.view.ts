/**
 * What `<ns-abr-table>` shows, decided without a DOM: the group's rows (names, editability,
 * quality), what "Add Profile" offers, and what a failed load or addition means. Pure: no Lit.
 */
import {isApiError} from '../../api/errors.js';
import {eligibleProfiles, profileInfo} from '../../api/limits.js';
import {isNotEnabled, isNotOffered} from '../../api/support.js';
import type {Stream, TranscodeProfileId} from '../../api/types.js';
import type {NsSession} from '../../context.js';
import {EMPTY_VALUE, formatBitrate, formatNumber} from '../../i18n/format.js';
import {qualityOf, resolutionOf} from '../../internal/playout-quality.js';
import type {StringVars} from '../../i18n/catalogues.js';
import type {AbrTableStrings} from './ns-abr-table.strings.js';

/** The element's words, in its locale. */
export interface AbrTableText {
  text(key: keyof AbrTableStrings, vars?: StringVars): string;
  locale: string;
}

/** The group as loaded, then changed by confirmed edits and additions. */
export interface GroupData {
  /** The group's passthrough stream (its id is the group id). */
  group: Stream;
  /** Member streams by id (the passthrough included). */
  members: ReadonlyMap<string, Stream>;
}

/** `data` with `streams` as the API answered them (the group too, when one of them is it). */
export function withStreams(data: GroupData, streams: readonly Stream[]): GroupData {
  const members = new Map(data.members);
  let group = data.group;
  for (const stream of streams) {
    members.set(stream.id, stream);
    if (stream.id === group.id) group = stream;
  }
  return {group, members};
}

/** Why Add Profile is no longer offered: the API lacks the endpoint, or the organisation the package. */
export type AddBlocked = 'not-offered' | 'not-enabled';

/** What the element knows of adding a profile. */
export interface AddState {
  /** The form is open. */
  adding: boolean;
  /** The profile picked in the form. */
  profile: TranscodeProfileId | '';
  /** The request runs. */
  busy: boolean;
  /** Why the last attempt failed. */
  failure: string;
  blocked?: AddBlocked | undefined;
}

/** One playout's row. */
export interface PlayoutRowView {
  index: number;
  /** The passthrough ("Original Stream"): no quality columns of its own. */
  original: boolean;
  name: string;
  hint: string;
  streamname: string;
  /** What the editors' labels name. */
  target: string;
  /** The playout's own stream, once loaded (the editors need it). */
  stream: Stream | undefined;
  canEditPushUrl: boolean;
  canEditTags: boolean;
  resolution: string;
  bitrate: string;
  framerate: string;
}

/** What the "Add Profile" area shows. */
export type AddView =
  | {kind: 'none'}
  /** Adding turned out impossible here (takes focus when it appears). */
  | {kind: 'blocked'; message: string}
  | {kind: 'note'; message: string}
  | {kind: 'button'; profiles: TranscodeProfileId[]}
  | {
      kind: 'form';
      options: {value: TranscodeProfileId; label: string; selected: boolean}[];
      selected: TranscodeProfileId;
      busy: boolean;
      failure: string;
    };

/** What the element shows once the group has loaded. */
export type GroupView =
  | {kind: 'not-found'}
  | {kind: 'not-a-group'}
  | {kind: 'group'; groupId: string; heading: string; rows: PlayoutRowView[]; add: AddView};

type Session = Pick<NsSession, 'can' | 'features' | 'limits' | 'limitsKnown'>;

/** The group's view: its rows, sorted by playout index, and the Add Profile area. */
export function groupView(
  {group, members}: GroupData,
  session: Session | undefined,
  add: AddState,
  t: AbrTableText,
): GroupView {
  if (group.state === 'deleted') return {kind: 'not-found'};
  if (!group.streamgroup) return {kind: 'not-a-group'};
  const playouts = [...group.playout.h5live].sort((a, b) => a.index - b.index);
  const rows = playouts.map(playout => {
    const stream = members.get(playout.id);
    const original = playout.index === 0;
    const name = original ? t.text('original') : t.text('transcode', {n: playout.index});
    const streamname = stream?.ingest.rtmp.streamname ?? playout.rtmp.streamname;
    const quality = qualityOf(playout);
    return {
      index: playout.index,
      original,
      name,
      hint: original ? t.text('passthrough') : t.text('transcodeProfile', {n: playout.index}),
      streamname,
      target: original ? name : `${name} (${streamname})`,
      stream,
      canEditPushUrl: !!session?.can('setStreamPushUrl'),
      canEditTags: !!session?.can('setStreamTags'),
      resolution: resolutionOf(quality) ?? EMPTY_VALUE,
      bitrate:
        quality.bitrate === undefined ? EMPTY_VALUE : formatBitrate(quality.bitrate, t.locale),
      framerate:
        quality.fps === undefined
          ? EMPTY_VALUE
          : t.text('fps', {fps: formatNumber(quality.fps, t.locale)}),
    };
  });
  const heading =
    rows.length === 1 ? t.text('headingOne') : t.text('heading', {count: rows.length});
  const bitrates = playouts.map(playout => qualityOf(playout).bitrate);
  return {
    kind: 'group',
    groupId: group.id,
    heading,
    rows,
    add: addView(rows.length - 1, bitrates, session, add, t),
  };
}

/** The Add Profile area for a group with `transcodes` transcodes of the given bitrates. */
export function addView(
  transcodes: number,
  bitrates: readonly (number | undefined)[],
  session: Session | undefined,
  add: AddState,
  t: AbrTableText,
): AddView {
  if (!session?.can('addTranscode') || !session.features.transcoding) return {kind: 'none'};
  if (add.blocked) {
    const key = add.blocked === 'not-offered' ? 'addNotOffered' : 'addNotEnabled';
    return {kind: 'blocked', message: t.text(key)};
  }
  const max = session.limits.transcodes;
  // Only a limit the server stated is claimed; an unknown one is the server's to enforce.
  if (session.limitsKnown && transcodes >= max) {
    return {kind: 'note', message: t.text('limitReached', {max})};
  }
  const profiles = eligibleProfiles(bitrates);
  if (!profiles.length) return {kind: 'note', message: t.text('noLowerProfile')};
  if (!add.adding) return {kind: 'button', profiles};
  const selected = profiles.includes(add.profile as TranscodeProfileId)
    ? (add.profile as TranscodeProfileId)
    : profiles[0]!;
  return {
    kind: 'form',
    options: profiles.map(p => ({value: p, label: profileLabel(p, t), selected: p === selected})),
    selected,
    busy: add.busy,
    failure: add.failure,
  };
}

/** "426×240 · 200 kbit/s · 15 fps", or the id itself when it is not a known shape. */
export function profileLabel(profile: TranscodeProfileId, t: AbrTableText): string {
  const info = profileInfo(profile);
  if (!info) return profile;
  return t.text('profileOption', {
    width: info.width,
    height: info.height,
    bitrate: formatBitrate(info.bitrate, t.locale),
    fps: info.fps,
  });
}

/** What a failed load shows: "Stream not found", "Upgrade needed", or the error. */
export function loadFailure(error: unknown): 'not-found' | 'upgrade' | 'error' {
  if (isApiError(error) && error.status === 404) return 'not-found';
  return isNotEnabled(error) ? 'upgrade' : 'error';
}

/** Whether a failed addition means adding is impossible here (and Add Profile goes). */
export function addBlockedBy(error: unknown): AddBlocked | undefined {
  if (isNotEnabled(error)) return 'not-enabled';
  return isNotOffered(error) ? 'not-offered' : undefined;
}

/**
 * Why an addition failed, for "The profile could not be added: …": a 403 is the server's own
 * verdict (e.g. the organisation's limit), so its words; else the described error and its code.
 */
export function addFailureReason(
  error: unknown,
  described: {message: string; code?: string | undefined},
): string {
  const own =
    isApiError(error) && error.status === 403 && error.message.trim()
      ? error.message
      : described.message;
  return [own, described.code].filter(Boolean).join(' ');
}
