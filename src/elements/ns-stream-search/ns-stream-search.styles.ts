import {css} from 'lit';

export const styles = css`
  :host {
    --_search-width: var(--ns-stream-search-width, 28rem);

    display: block;
    max-width: var(--_search-width);
    background-color: transparent;
  }

  form {
    display: flex;
    gap: var(--_ns-space);
    margin: 0;
  }

  .input {
    flex: 1 1 auto;
    min-width: 0;
    font-family: var(--_ns-font-family-mono);
  }

  /* Always in the page (a live region must exist before it speaks); space only with a message. */
  .message {
    margin: 0;
  }

  .message.shown {
    margin-top: var(--_ns-space);
  }

  .message.invalid {
    color: var(--_ns-color-danger);
  }

  .message.not-found {
    color: var(--_ns-color-text-muted);
  }

  .message.found {
    color: var(--_ns-color-success);
  }

  [part='error'] {
    margin-top: var(--_ns-space);
  }
`;
