/** Small DOM steps for play functions (plain DOM, so stories run the same in Storybook and tests). */

/** Waits until `check` returns something truthy (polling each frame), or fails after `timeoutMs`. */
export async function until<T>(
  check: () => T,
  what: string,
  timeoutMs = 5000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => requestAnimationFrame(resolve));
  }
}

/** The first `tag` element in the canvas, once it has rendered. */
export async function elementIn<T extends HTMLElement>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  const el = await until(() => canvas.querySelector<T>(tag), `<${tag}>`);
  await (el as unknown as {updateComplete?: Promise<unknown>}).updateComplete;
  return el;
}

/** Presses the submit button of the element's form (as a person would). */
export async function submit(el: HTMLElement): Promise<void> {
  const button = await until(
    () => el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]'),
    'a submit button',
  );
  button.click();
}
