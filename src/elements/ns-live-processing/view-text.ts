/**
 * What the views of `<ns-live-processing>` need of the element's localizer; its own module, so
 * the views that share it do not import one another back.
 */
import type {StringVars} from '../../i18n/catalogues.js';
import type {LiveProcessingStringKey} from './ns-live-processing.catalogues.js';

/** What the view needs of the element's localizer. */
export interface ViewText {
  /** One of the element's strings, placeholders filled. */
  text: (key: LiveProcessingStringKey, vars?: StringVars) => string;
  /** The BCP 47 locale for numbers. */
  locale: string;
  /** A date and time in UTC, unlabelled (a column header says UTC). */
  dateTime: (value: string) => string;
}
