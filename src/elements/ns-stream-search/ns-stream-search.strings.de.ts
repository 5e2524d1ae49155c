/** `<ns-stream-search>` in German: the same keys and placeholders as `ns-stream-search.strings.ts`. */
import type {StreamSearchStrings} from './ns-stream-search.strings.js';

export const streamSearchStringsDe: StreamSearchStrings = {
  label: 'Streams durchsuchen',
  placeholder: 'Stream-ID oder Streamname',
  submit: 'Suchen',
  invalid:
    'Geben Sie eine Stream-ID (eine UUID wie 5f86a12f-3801-415a-b450-6b6a46842349) oder einen Streamnamen ein (XXXXX-YYYYY: 5 Buchstaben oder Ziffern, ein Bindestrich, 5 Buchstaben oder Ziffern). Die Suche ist exakt und unterscheidet Groß- und Kleinschreibung.',
  empty: 'Geben Sie eine Stream-ID oder einen Streamnamen ein.',
  searching: 'Suche läuft…',
  notFound: 'Kein Stream gefunden',
  streamnameNotOffered:
    'Diese API bietet keine Suche nach Streamnamen; suchen Sie nach der Stream-ID',
  found: 'Stream {streamname} gefunden',
};
