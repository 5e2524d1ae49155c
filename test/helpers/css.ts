/** A colour in the form getComputedStyle reports it (`rgb(…)`), for comparing with computed styles. */
export function computedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
