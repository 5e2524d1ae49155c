import {css} from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ns-space) * 2.5);
  }

  .settings {
    /* A fieldset is min-content wide by default: long option texts would overflow a narrow host. */
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ns-space) * 2);
    margin: 0;
    padding: calc(var(--_ns-space) * 1.5) calc(var(--_ns-space) * 2) calc(var(--_ns-space) * 2);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  legend {
    padding: 0 calc(var(--_ns-space) * 0.5);
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ns-space) * 0.5);
    min-width: 0;
  }

  .settings .field {
    flex: 1 1 16rem;
  }

  .select {
    width: 100%;
  }

  .field .label {
    margin: 0;
  }

  .field .hint,
  .field .field-error {
    display: block;
  }

  .token-settings {
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  summary {
    padding: calc(var(--_ns-space) * 1.25) calc(var(--_ns-space) * 2);
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--_ns-radius);
  }

  summary:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 2px;
  }

  .token-body {
    padding: 0 calc(var(--_ns-space) * 2) calc(var(--_ns-space) * 2);
  }

  .token-body > .hint {
    margin: 0 0 calc(var(--_ns-space) * 1.5);
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: calc(var(--_ns-space) * 1.5) calc(var(--_ns-space) * 2);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ns-space);
    margin-top: calc(var(--_ns-space) * 2);
  }

  .form-status p {
    margin: var(--_ns-space) 0 0;
  }

  .token-state {
    display: flex;
    flex-direction: column;
    gap: var(--_ns-space);
  }

  .token-state > p {
    margin: 0;
  }

  .snippet {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ns-space) * 0.75);
  }

  .snippet-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ns-space);
  }

  .snippet-head .label {
    margin: 0;
  }

  textarea.code {
    width: 100%;
    /* Grows with its content where supported; the rows attribute is the fallback. */
    field-sizing: content;
    max-height: var(--ns-snippet-builder-code-max-height, 28rem);
    background-color: var(--_ns-color-surface-raised);
    font-family: var(--_ns-font-family-mono);
    font-size: 0.9em;
    line-height: 1.45;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }

  .snippet[data-kind='url'] textarea.code,
  .snippet[data-kind='iframe'] textarea.code {
    white-space: pre-wrap;
    word-break: break-all;
  }

  @container (max-width: 40rem) {
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
