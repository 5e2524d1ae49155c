/**
 * The document's `<html lang>`, and the one watcher of it: a single `MutationObserver` per
 * document, shared by every subscriber (each connected element's `Localizer` and each
 * `<ns-api-provider>`), started by the first and stopped when the last one leaves.
 */

/** The `lang` of the node's document (the global document without a node); `''` when unset. */
export function documentLang(node?: Node): string {
  return (node?.ownerDocument ?? globalThis.document)?.documentElement?.lang ?? '';
}

const watchers = new WeakMap<Document, {observer: MutationObserver; callbacks: Set<() => void>}>();

/**
 * Calls `callback` whenever the document's `lang` changes, until the returned function is called.
 *
 * @param document - The document to watch (an element's `ownerDocument`).
 * @param callback - Called after each change of `<html lang>`.
 */
export function watchDocumentLang(document: Document, callback: () => void): () => void {
  let watcher = watchers.get(document);
  if (!watcher) {
    const callbacks = new Set<() => void>();
    const observer = new MutationObserver(() => [...callbacks].forEach(cb => cb()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
    watcher = {observer, callbacks};
    watchers.set(document, watcher);
  }
  const entry = watcher;
  // A Set would drop a second subscription of the same function; a wrapper keeps each apart.
  const subscription = () => callback();
  entry.callbacks.add(subscription);
  return () => {
    if (!entry.callbacks.delete(subscription)) return;
    if (entry.callbacks.size === 0) {
      entry.observer.disconnect();
      if (watchers.get(document) === entry) watchers.delete(document);
    }
  };
}
