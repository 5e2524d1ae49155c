/** The shared strings in German: the same keys and placeholders as `shared.strings.ts`. */
import type {Strings} from './shared.strings.js';

export const stringsDe: Strings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  errorTitle: 'Etwas ist schiefgelaufen',
  errorUnknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  errorNetwork: 'Die nanoStream-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  errorTimeout: 'Die nanoStream-API hat nicht rechtzeitig geantwortet.',
  errorForbidden: 'Zugriff verweigert',
  errorNotFound: 'Nicht gefunden',
  errorCode: '(Code {code})',
  errorStatus: 'HTTP-Status {status}',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen – bitte markieren und manuell kopieren',
  utcDate: '{date} UTC',
  roleUnknown:
    'Diese nanoStream-API hat nicht mitgeteilt, welche Rolle Sie haben, daher sind Änderungen ausgeschaltet. Das Portal kann die Rolle an <ns-api-provider> festlegen.',
  notOffered: 'Diese nanoStream-API bietet das nicht an.',
};
