/** Options of `copyText`. */
export interface CopyOptions {
  /**
   * Where the fallback puts its temporary `<textarea>`; default `document.body`. Pass the calling
   * element's shadow root so the copy also works inside a modal `<dialog>`, where everything
   * outside the dialog is inert and cannot take focus.
   */
  container?: Node;
}

/**
 * Copies text to the clipboard and says whether it worked; never throws.
 *
 * Uses the async Clipboard API; when it is missing (insecure context) or refused (e.g. an iframe
 * without `clipboard-write` permission, or no user activation), falls back to selecting a
 * temporary off-screen `<textarea>` and `document.execCommand('copy')`, then restores the focus
 * and selection the user had.
 *
 * @param text - What to copy.
 * @returns true when the text was copied.
 */
export async function copyText(text: string, options: CopyOptions = {}): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
  if (typeof clipboard?.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: try the legacy way below.
    }
  }
  return copyWithExecCommand(text, options.container);
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function copyWithExecCommand(text: string, container?: Node): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;

  const previousFocus = deepActiveElement();
  const selection = document.getSelection();
  const previousRanges: Range[] = [];
  if (selection) {
    for (let i = 0; i < selection.rangeCount; i++) previousRanges.push(selection.getRangeAt(i));
  }

  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.readOnly = true; // no on-screen keyboard on touch devices
  textarea.tabIndex = -1;
  textarea.setAttribute('aria-hidden', 'true');
  Object.assign(textarea.style, {
    position: 'fixed',
    top: '0',
    left: '-9999px',
    width: '1px',
    height: '1px',
    opacity: '0',
    pointerEvents: 'none',
    fontSize: '12pt', // iOS zooms into fields with smaller text
  });
  (container ?? document.body).appendChild(textarea);

  try {
    textarea.focus({preventScroll: true});
    textarea.select();
    textarea.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    if (previousFocus instanceof HTMLElement || previousFocus instanceof SVGElement) {
      previousFocus.focus({preventScroll: true});
    }
    // A text field keeps its own selection across focus; resetting document ranges would lose it.
    const isTextField =
      previousFocus instanceof HTMLInputElement || previousFocus instanceof HTMLTextAreaElement;
    if (selection && !isTextField) {
      selection.removeAllRanges();
      for (const range of previousRanges) selection.addRange(range);
    }
  }
}
