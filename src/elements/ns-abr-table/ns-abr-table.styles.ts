import {css} from 'lit';
import {stackedTableRules, tableStyles} from '../../internal/styles.js';

const ownStyles = css`
  :host {
    container-type: inline-size;
    background-color: transparent;
    --_abr-header-bg: var(--ns-abr-table-header-background, var(--_ns-color-surface-raised));
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ns-space) calc(var(--_ns-space) * 2);
    margin-block-end: var(--_ns-space);
  }

  .heading {
    margin: 0;
    font-size: 1.05em;
  }

  .group-id {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
    min-width: 0;
  }

  .group-id code {
    overflow-wrap: anywhere;
  }

  .label-inline {
    color: var(--_ns-color-text-muted);
    font-weight: 600;
  }

  .table-wrap {
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    overflow: hidden;
  }

  tbody tr:last-child > * {
    border-bottom: none;
  }

  thead th {
    background-color: var(--_abr-header-bg);
    color: var(--_ns-color-text-muted);
    font-size: 0.9em;
    white-space: nowrap;
  }

  tbody th {
    white-space: nowrap;
  }

  .playout-name {
    display: block;
  }

  td.original {
    color: var(--_ns-color-text-muted);
  }

  code {
    overflow-wrap: anywhere;
  }

  .note {
    margin: var(--_ns-space) 0 0;
    color: var(--_ns-color-text-muted);
  }

  .add {
    margin-block-start: calc(var(--_ns-space) * 1.5);
  }

  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ns-space);
  }

  .add-row .select {
    flex: 0 1 20rem;
    min-width: 0;
  }

  .field-error {
    margin: calc(var(--_ns-space) * 0.5) 0 0;
  }

  .field-error:empty {
    display: none;
  }

  @container (max-width: 44rem) {
    ${stackedTableRules}

    tbody tr {
      border-bottom: 1px solid var(--_ns-color-border);
    }

    tbody tr:last-child {
      border-bottom: none;
    }

    tbody th {
      background-color: var(--_abr-header-bg);
      border-bottom: none;
    }

    td {
      display: grid;
      grid-template-columns: minmax(6.5rem, 32%) 1fr;
      gap: var(--_ns-space);
      border-bottom: none;
      padding-block: calc(var(--_ns-space) * 0.5);
    }

    td::before {
      content: attr(data-label);
      color: var(--_ns-color-text-muted);
      font-weight: 600;
    }

    td:last-child {
      padding-block-end: var(--_ns-space);
    }
  }
`;

export const styles = [tableStyles, ownStyles];
