import {css} from 'lit';
import {inlineListDeclarations} from '../../styles.js';

export const styles = css`
  :host {
    display: block;
    background-color: transparent;
    min-width: 0;
  }
  .view {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
  }
  .tags {
    ${inlineListDeclarations}
  }
  .tag {
    font-weight: 500;
  }
  .url {
    overflow-wrap: anywhere;
  }
  .none {
    color: var(--_ns-color-text-muted);
  }
  .button.small {
    min-height: calc(var(--_ns-control-height) * 0.8);
    padding: 0 var(--_ns-space);
    font-size: 0.9em;
  }
  form {
    display: grid;
    gap: calc(var(--_ns-space) * 0.75);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ns-space);
    align-items: center;
  }
  .row .input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .hint,
  .field-error {
    margin: 0;
  }
  .field-error:empty {
    display: none;
  }
`;
