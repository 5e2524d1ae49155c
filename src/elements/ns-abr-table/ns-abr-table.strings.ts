/**
 * The user-visible English strings of `<ns-abr-table>`, in one place (a translation is a complete
 * object of the same shape, German in `ns-abr-table.strings.de.ts`; a host's wording a partial one
 * through the `strings` property).
 */

export const abrTableStrings = {
  heading: 'Streamgroup ({count} Playouts)',
  headingOne: 'Streamgroup (1 Playout)',
  loading: 'Loading the stream group…',
  notFound: 'Stream not found',
  notFoundDetail: 'No stream with the ID {id} exists, or it was deleted.',
  notAGroup: 'This stream is a single stream, not part of a streamgroup.',
  noStreamId: 'No stream selected.',
  streamgroupId: 'Streamgroup ID',
  copyStreamgroupId: 'Copy streamgroup ID',
  caption: 'Playouts of the streamgroup',
  playout: 'Playout',
  streamname: 'Streamname',
  pushUrl: 'Push URL',
  tags: 'Tags',
  resolution: 'Resolution',
  bitrate: 'Bitrate',
  framerate: 'Framerate',
  original: 'Original Stream',
  passthrough: 'Passthrough',
  transcode: 'Transcode {n}',
  transcodeProfile: '{n}. Profile',
  fps: '{fps} fps',
  addProfile: 'Add Profile',
  profileLabel: 'Transcode profile',
  profileOption: '{width}×{height} · {bitrate} · {fps} fps',
  add: 'Add',
  adding: 'Adding…',
  cancel: 'Cancel',
  noLowerProfile:
    'No profile can be added: a new profile needs a lower bitrate than every playout of this group, and there is no lower one.',
  limitReached: 'Your organisation’s limit of {max} transcodes is reached.',
  addFailed: 'The profile could not be added: {reason}',
  addNotOffered: 'This nanoStream API does not offer adding profiles.',
  addNotEnabled:
    'Upgrade needed: adaptive bitrate (transcoding) is not enabled for your organisation, so profiles cannot be added.',
  upgradeTitle: 'Upgrade needed',
  upgradeText:
    'Adaptive bitrate (transcoding) is not enabled for your organisation. Contact nanocosmos to activate it.',
  added: 'Profile {profile} added.',
} as const;

/** A complete catalogue of the element's strings. */
export type AbrTableStrings = Record<keyof typeof abrTableStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-abr-table': AbrTableStrings;
  }
}
