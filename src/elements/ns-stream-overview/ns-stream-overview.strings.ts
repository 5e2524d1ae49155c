/**
 * The user-visible English strings of `<ns-stream-overview>`, in one place (a translation is a
 * complete object of the same shape, German in `ns-stream-overview.strings.de.ts`; a host's wording
 * a partial one through the `strings` property).
 */

export const streamOverviewStrings = {
  loading: 'Loading the stream…',
  noStreamId: 'No stream selected.',
  notFound: 'Stream not found',
  notFoundDetail: 'No stream with the ID {id} exists.',
  deleted: 'Stream deleted',
  deletedDetail: 'The stream {name} ({id}) was deleted.',
  state: 'State',
  states_live: 'live',
  states_created: 'created',
  states_ended: 'ended',
  states_locked: 'locked',
  states_deleted: 'deleted',
  created: 'Created {date}',
  streamgroup: 'Streamgroup ({count} Playouts)',
  streamgroupOne: 'Streamgroup (1 Playout)',
  singleStream: 'Single Stream',
  groupMember: 'Member of a streamgroup',
  secure: 'Secure',
  secureTitle: 'Secure playback is on: playback needs a token.',
  secureAssumed: 'With token',
  secureAssumedTitle:
    'Secure playback: this nanoStream API does not say whether it is on for this stream, so the playout URLs carry a token.',
  streamId: 'Stream ID',
  copyStreamId: 'Copy stream ID',
  quickActions: 'Quick actions',
  webcaster: 'Start nanoStream Webcaster',
  watch: 'Watch Stream',
  instructions: 'Get Instructions',
  newTab: '(opens in a new tab)',
  stopLock: 'Stop & Lock',
  stopOnly: 'Stop',
  unlock: 'Unlock',
  delete: 'Delete',
  tabsLabel: 'Stream sections',
  tab_overview: 'Overview',
  'tab_live-processing': 'Live Processing',
  'tab_code-snippets': 'Code Snippets',
  details: 'Stream Details',
  groupDetails: 'Streamgroup Details',
  streamgroupId: 'Streamgroup ID',
  updatedAt: 'Updated At',
  timecode: 'Timecode',
  timecodeOn: 'On',
  timecodeOff: 'Off',
  timecodeInterval: 'Timecode Interval',
  milliseconds: '{ms} ms',
  tags: 'Tags',
  pushUrl: 'Push URL',
  ingest: 'Ingest Information',
  ingestUrl: 'RTMP Ingest URL',
  ingestStreamname: 'RTMP Ingest Streamname',
  copyIngestUrl: 'Copy RTMP ingest URL',
  copyIngestStreamname: 'Copy RTMP ingest streamname',
  abr: 'Adaptive Bitrate (ABR)',
  token: 'Secure Playback Token',
  tokenIntro: 'The playout URLs below carry this token.',
  tokenLoading: 'Getting a playback token…',
  tokenNotAllowed: 'Your role may not create playback tokens, so the playout URLs below have none.',
  h5live: 'H5Live Playout',
  playoutUrl: 'Live Playout URL',
  iframeUrl: 'iFrame Embed URL',
  copyPlayoutUrl: 'Copy live playout URL',
  copyIframeUrl: 'Copy iFrame embed URL',
  vod: 'VOD Playout URLs',
  vodCaption: 'VOD recordings, newest session first',
  sessionDate: 'Session Date (UTC)',
  recordingName: 'Recording Name',
  fileSize: 'File Size',
  noRecordings: 'No recordings yet.',
  dialogStopTitle: 'Stop and lock this stream?',
  dialogStopBody:
    'The stream {name} ({id}) will stop now, and its ingest will be blocked until it is unlocked.',
  dialogStopGroupBody:
    'The streamgroup {name} ({id}) and all its {count} playouts will stop now, and their ingest will be blocked until it is unlocked.',
  dialogDeleteTitle: 'Delete this stream?',
  dialogDeleteBody: 'The stream {name} ({id}) will be deleted. This cannot be undone.',
  dialogDeleteGroupBody:
    'The streamgroup {name} ({id}) and all its {count} playouts will be deleted. This cannot be undone.',
  dialogUnlockTitle: 'Unlock this stream?',
  dialogUnlockBody: 'The stream {name} ({id}) will accept ingest again.',
  dialogStopOnlyTitle: 'Stop this stream?',
  dialogStopOnlyBody:
    'The stream {name} ({id}) will stop now. This nanoStream API does not offer locking, so its ingest stays open.',
  dialogStopOnlyGroupBody:
    'The streamgroup {name} ({id}) and all its {count} playouts will stop now. This nanoStream API does not offer locking, so their ingest stays open.',
  confirmStop: 'Stop & Lock',
  confirmDelete: 'Delete',
  confirmUnlock: 'Unlock',
  confirmStopOnly: 'Stop',
  cancel: 'Cancel',
  close: 'Close',
  stopping: 'Stopping and locking…',
  deleting: 'Deleting…',
  unlocking: 'Unlocking…',
  stoppingOnly: 'Stopping…',
  stopFailed: 'The stream could not be stopped: {reason} It is unchanged.',
  lockFailed: 'The stream was stopped but could not be locked: {reason}',
  deleteFailed: 'The stream could not be deleted: {reason} It is unchanged.',
  unlockFailed: 'The stream could not be unlocked: {reason} It is unchanged.',
  lockNotOffered:
    'The stream was stopped, but this nanoStream API does not offer locking streams, so its ingest is not blocked.',
  deleteNotOffered: 'This nanoStream API does not offer deleting streams. The stream is unchanged.',
  unlockNotOffered:
    'This nanoStream API does not offer unlocking streams. The stream is unchanged.',
  noteLockNotOffered:
    'This nanoStream API does not offer locking streams: Stop ends the stream without blocking its ingest.',
  noteUnlockNotOffered: 'This nanoStream API does not offer unlocking streams.',
  noteDeleteNotOffered: 'This nanoStream API does not offer deleting streams.',
  stopped: 'The stream was stopped and locked.',
  unlocked: 'The stream was unlocked.',
  stoppedOnly: 'The stream was stopped.',
} as const;

/** A complete catalogue of the element's strings. */
export type StreamOverviewStrings = Record<keyof typeof streamOverviewStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-stream-overview': StreamOverviewStrings;
  }
}
