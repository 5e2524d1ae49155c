import {css} from 'lit';
import {
  detailsListStyles,
  inlineListDeclarations,
  tabDeclarations,
  tableStyles,
} from '../../internal/styles.js';

const ownStyles = css`
  :host {
    --_table-cell-padding: var(--_ns-space);
    --_table-cell-align: middle;
    --_lp-selected-bg: var(
      --ns-live-processing-selected-background,
      color-mix(in srgb, var(--_ns-color-accent) 12%, var(--_ns-color-surface))
    );
    --_lp-preview-width: var(--ns-live-processing-preview-width, 22rem);
    --_lp-nav-width: var(--ns-live-processing-nav-width, 12rem);

    container-type: inline-size;
  }

  h3,
  h4,
  p {
    margin: 0;
  }

  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_ns-space) * 2);
  }

  .content {
    min-width: 0;
  }

  @container (min-width: 44rem) {
    .base {
      grid-template-columns: var(--_lp-nav-width) minmax(0, 1fr);
      align-items: start;
    }

    .processes ul {
      flex-direction: column;
    }
  }

  /* Process submenu */
  .processes ul {
    ${inlineListDeclarations}
  }

  .process {
    display: flex;
    width: 100%;
    align-items: center;
    min-height: var(--_ns-control-height);
    padding: 0 calc(var(--_ns-space) * 1.5);
    border: 1px solid transparent;
    border-radius: var(--_ns-radius);
    background: transparent;
    color: var(--_ns-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .process:hover {
    background-color: color-mix(in srgb, var(--_ns-color-text) 6%, var(--_ns-color-surface));
  }

  .process[aria-current='true'] {
    border-color: var(--_ns-color-accent);
    background-color: var(--_lp-selected-bg);
    font-weight: 600;
  }

  .process:focus-visible,
  .tab:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 2px;
  }

  /* Quality tabs */
  .tabs {
    display: flex;
    gap: calc(var(--_ns-space) * 0.5);
    overflow-x: auto;
    scrollbar-width: thin;
    margin-bottom: calc(var(--_ns-space) * 2);
    border-bottom: 1px solid var(--_ns-color-border);
  }

  .tab {
    ${tabDeclarations}
    padding: var(--_ns-space) calc(var(--_ns-space) * 1.5);
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
  }

  .tab[aria-selected='true'] {
    border-bottom-color: var(--_ns-color-accent);
    color: var(--_ns-color-text);
  }

  .panel[aria-busy='true'] {
    opacity: 0.7;
  }

  .process-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ns-space);
    margin-bottom: calc(var(--_ns-space) * 1.5);
  }

  .process-header h3 {
    font-size: 1.15em;
  }

  .summary {
    display: grid;
    gap: calc(var(--_ns-space) * 2);
  }

  @container (min-width: 56rem) {
    .summary.with-preview {
      grid-template-columns: minmax(0, 1fr) var(--_lp-preview-width);
      align-items: start;
    }
  }

  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_ns-space) calc(var(--_ns-space) * 2);
    margin: 0;
  }

  .url {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
    min-width: 0;
  }

  .url a,
  .mono {
    overflow-wrap: anywhere;
  }

  @container (min-width: 44rem) {
    dd .url {
      flex-wrap: nowrap;
    }
  }

  dd .url a {
    min-width: 0;
  }

  .url ns-copy-button {
    flex: none;
  }

  a {
    color: var(--_ns-color-accent);
  }

  /* Preview: a fixed box, so that loading or failing images never move the layout. */
  .preview {
    display: grid;
    place-items: center;
    width: min(100%, var(--_lp-preview-width));
    aspect-ratio: 16 / 9;
    margin: 0;
    overflow: hidden;
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface-raised);
  }

  .preview img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }

  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_ns-space) * 0.5);
    padding: var(--_ns-space);
    color: var(--_ns-color-text-muted);
    text-align: center;
  }

  .placeholder svg {
    width: 2rem;
    height: 2rem;
  }

  .muted {
    color: var(--_ns-color-text-muted);
  }

  div.block {
    margin-top: calc(var(--_ns-space) * 3);
  }

  div.block h4 {
    margin-bottom: var(--_ns-space);
    font-size: 1em;
  }

  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }

  th {
    background-color: var(--_ns-color-surface-raised);
    font-weight: 600;
    white-space: nowrap;
  }

  td .url {
    flex-wrap: nowrap;
  }

  td a,
  td .url a {
    overflow-wrap: normal;
    white-space: nowrap;
  }

  /* Settings */
  form {
    margin-top: calc(var(--_ns-space) * 3);
  }

  fieldset {
    display: grid;
    gap: calc(var(--_ns-space) * 2);
    margin: 0;
    padding: calc(var(--_ns-space) * 2);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  legend {
    padding: 0 var(--_ns-space);
    font-weight: 600;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ns-space) * 2);
  }

  .field {
    display: grid;
    gap: calc(var(--_ns-space) * 0.5);
    align-content: start;
    width: 14rem;
    max-width: 100%;
  }

  .field .label {
    margin: 0;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_ns-space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
  }

  .save-status:empty,
  .save-error:empty {
    display: none;
  }

  .save-status {
    color: var(--_ns-color-success);
  }

  .save-error {
    padding: var(--_ns-space) calc(var(--_ns-space) * 1.5);
    border: 1px solid var(--_ns-color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_ns-radius);
    background-color: color-mix(in srgb, var(--_ns-color-danger) 6%, var(--_ns-color-surface));
  }

  /* Upgrade note */
  .upgrade {
    display: grid;
    gap: var(--_ns-space);
    padding: calc(var(--_ns-space) * 2);
    border: 1px solid var(--_ns-color-warning);
    border-inline-start-width: 4px;
    border-radius: var(--_ns-radius);
    background-color: color-mix(in srgb, var(--_ns-color-warning) 8%, var(--_ns-color-surface));
  }
`;

export const styles = [tableStyles, detailsListStyles, ownStyles];
