/** The tags and push URL editor in German: the same keys and placeholders as `field-editor.strings.ts`. */
import type {FieldEditorStrings} from './field-editor.strings.js';

export const fieldEditorStringsDe: FieldEditorStrings = {
  edit: 'Bearbeiten',
  editTags: 'Tags von {target} bearbeiten',
  editPushUrl: 'Push-URL von {target} bearbeiten',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  cancel: 'Abbrechen',
  tagsLabel: 'Tags von {target}',
  tagsHint: 'Tags durch Kommas trennen, z. B. event:finale, studio/west.',
  pushUrlLabel: 'Push-URL von {target}',
  pushUrlHint: 'Eine URL mit rtmp:// oder rtmps://; leer lassen, um sie zu entfernen.',
  noTags: 'Keine Tags',
  noPushUrl: 'Nicht festgelegt',
  tagTooLong: 'Ein Tag darf höchstens {max} Zeichen lang sein: „{tag}“.',
  tooManyTags: 'Ein Stream kann höchstens {max} Tags haben.',
  pushUrlInvalid:
    'Geben Sie eine URL ein, die mit rtmp:// oder rtmps:// beginnt, z. B. rtmp://example.org/live/streamkey.',
  saveTagsFailed:
    'Die Tags konnten nicht gespeichert werden: {reason} Sie sind unverändert; Ihre Eingabe bleibt unten erhalten, damit Sie es erneut versuchen können.',
  savePushUrlFailed:
    'Die Push-URL konnte nicht gespeichert werden: {reason} Sie ist unverändert; Ihre Eingabe bleibt unten erhalten, damit Sie es erneut versuchen können.',
  saved: 'Gespeichert',
};
