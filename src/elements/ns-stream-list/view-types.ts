/**
 * The types the views of `<ns-stream-list>` share (the strings they word things with, the loaded
 * page, the load's phase, a select's option); their own module, so the views do not import one
 * another back.
 */
import type {StreamPage} from '../../api/client.js';
import type {StringVars} from '../../i18n/catalogues.js';
import type {StreamListStringKey} from './ns-stream-list.catalogues.js';

/** How the view words things: the element's strings and its locale. */
export interface Words {
  text: (key: StreamListStringKey, vars?: StringVars) => string;
  locale: string;
}

/** One loaded page, with the query it answers. */
export interface LoadedPage extends StreamPage {
  key: string;
}

/** Where the page load stands (the task's status). */
export type LoadPhase = 'initial' | 'pending' | 'complete' | 'error';

/** An option of a select. */
export interface OptionView<V extends string | number> {
  value: V;
  label: string;
  selected: boolean;
  disabled: boolean;
}
