/** Every text and attribute value in a tree, nested shadow roots included: what a user can see. */
export function shownText(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent!);
    if (n instanceof Element) {
      for (const attribute of n.attributes) out.push(attribute.value);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.join(' ');
}
