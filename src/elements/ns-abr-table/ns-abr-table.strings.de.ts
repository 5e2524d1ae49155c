/** `<ns-abr-table>` in German: the same keys and placeholders as `ns-abr-table.strings.ts`. */
import type {AbrTableStrings} from './ns-abr-table.strings.js';

export const abrTableStringsDe: AbrTableStrings = {
  heading: 'Streamgruppe ({count} Playouts)',
  headingOne: 'Streamgruppe (1 Playout)',
  loading: 'Streamgruppe wird geladen…',
  notFound: 'Stream nicht gefunden',
  notFoundDetail: 'Es gibt keinen Stream mit der ID {id}, oder er wurde gelöscht.',
  notAGroup: 'Dies ist ein Einzelstream und gehört zu keiner Streamgruppe.',
  noStreamId: 'Kein Stream ausgewählt.',
  streamgroupId: 'Streamgruppen-ID',
  copyStreamgroupId: 'Streamgruppen-ID kopieren',
  caption: 'Playouts der Streamgruppe',
  playout: 'Playout',
  streamname: 'Streamname',
  pushUrl: 'Push-URL',
  tags: 'Tags',
  resolution: 'Auflösung',
  bitrate: 'Bitrate',
  framerate: 'Bildrate',
  original: 'Originalstream',
  passthrough: 'Passthrough',
  transcode: 'Transcode {n}',
  transcodeProfile: '{n}. Profil',
  fps: '{fps} fps',
  addProfile: 'Profil hinzufügen',
  profileLabel: 'Transcoding-Profil',
  profileOption: '{width}×{height} · {bitrate} · {fps} fps',
  add: 'Hinzufügen',
  adding: 'Wird hinzugefügt…',
  cancel: 'Abbrechen',
  noLowerProfile:
    'Es lässt sich kein Profil hinzufügen: Ein neues Profil braucht eine niedrigere Bitrate als jedes Playout dieser Gruppe, und eine niedrigere gibt es nicht.',
  limitReached: 'Das Limit Ihrer Organisation von {max} Transcodes ist erreicht.',
  addFailed: 'Das Profil konnte nicht hinzugefügt werden: {reason}',
  addNotOffered: 'Diese nanoStream-API bietet das Hinzufügen von Profilen nicht an.',
  addNotEnabled:
    'Upgrade erforderlich: Adaptive Bitrate (Transcoding) ist für Ihre Organisation nicht aktiviert, daher lassen sich keine Profile hinzufügen.',
  upgradeTitle: 'Upgrade erforderlich',
  upgradeText:
    'Adaptive Bitrate (Transcoding) ist für Ihre Organisation nicht aktiviert. Wenden Sie sich an nanocosmos, um es zu aktivieren.',
  added: 'Profil {profile} hinzugefügt.',
};
