/**
 * Every user-visible string of `<ns-live-processing>`, in one place (English). A translation is a
 * complete `LiveProcessingStrings` object (German: `ns-live-processing.strings.de.ts`); a host's
 * wording is a partial override set on the element's `strings` property. Placeholders are
 * `{name}`; results are plain text.
 */

export const liveProcessingStrings = {
  loadingStream: 'Loading live processing…',
  noStream: 'No stream selected.',
  processesLabel: 'Live processes',
  qualitiesLabel: 'Qualities',
  processThumbs: 'Thumbnails',
  processMotionclip: 'Motion clips',
  processReplay: 'Live replay',
  processRec: 'Recording',
  qualityTab: '{resolution}',
  qualityTabOriginal: '{resolution} (original)',
  qualityUnknown: 'Quality {index}',
  qualityUnknownOriginal: 'Original',
  upgradeTitle: 'Upgrade needed',
  upgradeText:
    'Live processing (thumbnails, motion clips, live replay and recording) is not enabled for your organisation.',
  upgradeContact: 'Contact nanocosmos to activate it',
  saveNotEnabled:
    'Live processing is not enabled for your organisation, so these settings cannot be saved.',
  status: 'Status',
  active: 'active',
  inactive: 'inactive',
  streamname: 'Streamname',
  quality: 'Quality',
  qualityValue: '{resolution} · {bitrate}',
  assetUrl: 'Asset URL',
  replayPage: 'Replay Page',
  copyReplayPage: 'Copy replay page URL',
  openReplayPageLabel: 'Open the replay page {url}',
  noAsset: 'No asset yet: the stream has not been live with this process on.',
  interval: 'Interval',
  duration: 'Duration',
  secondsValue: '{value} s',
  secondsHuman: '{exact} ({human})',
  entireStream: 'Entire stream',
  refresh: 'Refresh',
  refreshLabel: 'Refresh {process}',
  thumbnailAlt: 'Latest thumbnail of {streamname}',
  motionclipAlt: 'Latest motion clip of {streamname}',
  imageUnavailable: 'Image unavailable',
  copyAssetUrl: 'Copy asset URL of {process}',
  sessionsHeading: 'Replay sessions',
  sessionDate: 'Session Date (UTC)',
  hlsFile: 'HLS File',
  replayAccess: 'Replay Access',
  clipAccess: 'Clip & Share Access',
  openReplay: 'Open replay',
  openClip: 'Open Clip & Share',
  openReplayLabel: 'Open replay of the session of {date}',
  openClipLabel: 'Open Clip & Share for the session of {date}',
  copyHlsLabel: 'Copy HLS file URL of the session of {date}',
  openReplayLabelUndated: 'Open replay of session {n}',
  openClipLabelUndated: 'Open Clip & Share for session {n}',
  copyHlsLabelUndated: 'Copy HLS file URL of session {n}',
  noSessions: 'No replay sessions yet.',
  sessionsNotListed: 'This nanoStream API does not list replay sessions.',
  sessionsNotListedPage:
    'This nanoStream API does not list replay sessions here; the replay page shows them.',
  recordingsHeading: 'Recordings',
  fileAccess: 'File Access',
  noRecordings: 'No recordings yet.',
  downloadLabel: 'Open recording {name} ({size})',
  downloadLabelNoSize: 'Open recording {name}',
  settingsHeading: 'Settings',
  settingsReadOnly: 'Your role may view these settings but not change them.',
  enableProcess: '{process} on',
  intervalLabel: 'Interval (seconds)',
  durationLabel: 'Duration (seconds)',
  intervalHint: '{min}–{max} s',
  clipDurationHint: '{min}–{max} s',
  durationHint: 'At least {min} s',
  save: 'Save settings',
  saving: 'Saving…',
  reset: 'Reset',
  saved: 'Settings saved.',
  saveFailed:
    'The settings could not be saved ({reason}). The previous settings are still in effect; your changes are kept so you can try again.',
  invalidForm: 'Please correct the highlighted fields; nothing was sent.',
  errorRequired: 'Enter a number of seconds.',
  errorInteger: 'Enter whole seconds (digits only).',
  errorRange: 'Enter a value from {min} to {max} seconds.',
  errorMin: 'Enter at least {min} second(s).',
} as const;

/** A complete catalogue (what a translation provides). */
export type LiveProcessingStrings = Record<keyof typeof liveProcessingStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-live-processing': LiveProcessingStrings;
  }
}
