// Hand-written stubs of the clipboard APIs (no sinon), each restored after its test.

const restorers: Array<() => void> = [];

/** Replaces `navigator.clipboard` (undefined: as in an insecure context). */
export function stubClipboard(writeText?: (text: string) => Promise<void>): string[] {
  const written: string[] = [];
  const clipboard = writeText
    ? {
        writeText: (text: string) => {
          written.push(text);
          return writeText(text);
        },
      }
    : undefined;
  Object.defineProperty(navigator, 'clipboard', {value: clipboard, configurable: true});
  restorers.push(() => delete (navigator as unknown as Record<string, unknown>)['clipboard']);
  return written;
}

export const refuse = () =>
  Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
export const accept = () => Promise.resolve();

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Replaces `document.execCommand`; records, for each 'copy', the text that was selected at that
 * moment (what the browser would have put on the clipboard).
 */
export function stubExecCommand(outcome: boolean | 'throw'): string[] {
  const copied: string[] = [];
  const original = Object.getOwnPropertyDescriptor(document, 'execCommand');
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string) => {
      if (outcome === 'throw') throw new DOMException('Nope', 'SecurityError');
      const active = deepActiveElement();
      if (command === 'copy' && active instanceof HTMLTextAreaElement) {
        copied.push(active.value.slice(active.selectionStart, active.selectionEnd));
      }
      return outcome;
    },
  });
  restorers.push(() => {
    if (original) Object.defineProperty(document, 'execCommand', original);
    else delete (document as unknown as Record<string, unknown>)['execCommand'];
  });
  return copied;
}

/** Takes back the latest stub now. */
export function restoreLast(): void {
  restorers.pop()?.();
}

afterEach(() => {
  while (restorers.length) restorers.pop()!();
});
