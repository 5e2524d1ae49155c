/** Tags we have already warned about, so a clash is reported once, not on every call. */
const warned = new Set<string>();

/**
 * Registers a custom element unless its tag is taken, so loading the library twice never throws.
 *
 * - Tag free: defines it.
 * - Tag already defined with this same class: does nothing.
 * - Tag already defined with another class (typically two copies or versions of the library on
 *   one page): keeps the existing definition and warns once, since the elements on the page
 *   will be the other copy's.
 * - Outside a browser (no `customElements`, e.g. server-side imports): does nothing.
 *
 * An invalid tag name still throws: that is a programming error, not a second load.
 *
 * @param tag - The custom element name, e.g. `ns-stream-list`.
 * @param ctor - The element class.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;

  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing !== undefined) {
    warnOnce(
      tag,
      `nanostream-elements: <${tag}> is already defined by another class; keeping the existing ` +
        'definition. Is the library loaded twice, in two versions?',
    );
    return;
  }

  // A class can back only one tag; defining it again under a new name would throw.
  const otherName = registry.getName?.(ctor);
  if (otherName) {
    warnOnce(
      tag,
      `nanostream-elements: cannot define <${tag}>: its class is already registered as <${otherName}>.`,
    );
    return;
  }

  registry.define(tag, ctor);
}

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}
