/**
 * The user-visible English strings of the in-place tags and push URL editor, in one place (a
 * translation is a complete object of the same shape, German in `field-editor.strings.de.ts`; a
 * host's wording a partial one).
 */

export const fieldEditorStrings = {
  edit: 'Edit',
  editTags: 'Edit tags of {target}',
  editPushUrl: 'Edit push URL of {target}',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  tagsLabel: 'Tags of {target}',
  tagsHint: 'Separate tags with commas, e.g. event:finale, studio/west.',
  pushUrlLabel: 'Push URL of {target}',
  pushUrlHint: 'An rtmp:// or rtmps:// URL; leave empty to remove it.',
  noTags: 'No tags',
  noPushUrl: 'Not set',
  tagTooLong: 'A tag can have at most {max} characters: "{tag}".',
  tooManyTags: 'A stream can have at most {max} tags.',
  pushUrlInvalid:
    'Enter a URL that starts with rtmp:// or rtmps://, e.g. rtmp://example.org/live/streamkey.',
  saveTagsFailed:
    'The tags could not be saved: {reason} They are as they were; your input is kept below to try again.',
  savePushUrlFailed:
    'The push URL could not be saved: {reason} It is as it was; your input is kept below to try again.',
  saved: 'Saved',
} as const;

/** A complete catalogue of the editor's strings. */
export type FieldEditorStrings = Record<keyof typeof fieldEditorStrings, string>;

declare module '../../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-stream-field-editor': FieldEditorStrings;
  }
}
