import {css} from 'lit';
import {inlineListDeclarations, stackedTableRules, tableStyles} from '../../internal/styles.js';

const ownStyles = css`
  :host {
    --_table-cell-padding: calc(var(--_ns-space) * 0.5) calc(var(--_ns-space) * 1.5);
    --_table-cell-align: middle;
    --_row-height: var(--ns-stream-list-row-height, calc(var(--_ns-control-height) + 0.25rem));
    --_header-bg: var(--ns-stream-list-header-background, var(--_ns-color-surface-raised));
    --_row-hover: var(
      --ns-stream-list-row-hover-background,
      color-mix(in srgb, var(--_ns-color-accent) 6%, var(--_ns-color-surface))
    );

    container-type: inline-size;
    container-name: ns-stream-list;
  }

  /* Top-aligned, so that a note under one control does not move the others; the checkbox, which
     has no label above it, is moved down by a label's height to sit on the controls' line. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_ns-space) * 2);
    margin-block-end: calc(var(--_ns-space) * 2);
  }

  .field {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_ns-space);
    min-height: var(--_ns-control-height);
  }

  .check-field {
    padding-block-start: calc(1lh + var(--_ns-space) * 0.5);
  }

  .check input:disabled,
  .check:has(input:disabled) {
    cursor: not-allowed;
  }

  .check:has(input:disabled) {
    color: var(--_ns-color-text-muted);
  }

  /* A note beside a filter (or the tag field) that this API does not offer. */
  .filter-note,
  .tag-note {
    max-width: 18rem;
    margin: calc(var(--_ns-space) * 0.5) 0 0;
    color: var(--_ns-color-text-muted);
    font-size: 0.85em;
  }

  .combobox {
    display: flex;
    flex-direction: column;
  }

  .combobox-control {
    position: relative;
  }

  .combobox .input {
    width: 16rem;
  }

  .listbox {
    position: absolute;
    z-index: 2;
    inset-inline-start: 0;
    top: calc(100% + 2px);
    min-width: 100%;
    max-height: 16rem;
    margin: 0;
    padding: calc(var(--_ns-space) * 0.5) 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_ns-color-border-strong);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface);
    box-shadow: 0 4px 16px var(--_ns-color-shadow);
  }

  .option {
    padding: calc(var(--_ns-space) * 0.75) calc(var(--_ns-space) * 1.5);
    cursor: pointer;
    white-space: nowrap;
  }

  .option:hover {
    background-color: var(--_row-hover);
  }

  .option[aria-selected='true'] {
    background-color: var(--_ns-color-accent);
    color: var(--_ns-color-accent-contrast);
  }

  .chips {
    ${inlineListDeclarations}
  }

  .chip {
    display: inline-flex;
    align-items: center;
    max-width: 100%;
    padding: 0 var(--_ns-space);
    border: 1px solid var(--_ns-color-border);
    border-radius: 999px;
    background-color: var(--_ns-color-surface-raised);
    font-size: 0.85em;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }

  .applied {
    flex-basis: 100%;
  }

  .applied .chip {
    padding-inline-end: 0;
    border-color: var(--_ns-color-accent);
  }

  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .chip-remove:hover {
    background-color: color-mix(in srgb, var(--_ns-color-text) 10%, transparent);
  }

  .chip-remove:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 0;
  }

  .chip-remove svg {
    width: 0.9em;
    height: 0.9em;
  }

  .table-wrapper {
    overflow-x: auto;
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  th,
  td {
    height: var(--_row-height);
  }

  thead th {
    background-color: var(--_header-bg);
    font-weight: 600;
    white-space: nowrap;
  }

  tbody tr:last-child td {
    border-bottom: 0;
  }

  tbody tr[data-kind] {
    cursor: pointer;
  }

  tbody tr[data-kind]:hover {
    background-color: var(--_row-hover);
  }

  tbody tr:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: -2px;
  }

  tr.member td {
    background-color: color-mix(in srgb, var(--_ns-color-surface-raised) 60%, transparent);
  }

  tr.member td:first-child {
    border-inline-start: 3px solid var(--_ns-color-accent);
  }

  .id,
  .name {
    font-family: var(--_ns-font-family-mono);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }

  td.id,
  td.name,
  td time {
    white-space: nowrap;
  }

  td.group {
    max-width: 17rem;
  }

  td.tags {
    min-width: 12rem;
  }

  td.group .mono {
    overflow-wrap: anywhere;
  }

  .expand {
    margin-inline-start: calc(var(--_ns-space) * -1);
  }

  .muted {
    color: var(--_ns-color-text-muted);
  }

  .sub {
    display: block;
    color: var(--_ns-color-text-muted);
    font-size: 0.85em;
  }

  .sub .mono {
    overflow-wrap: anywhere;
  }

  .badge svg {
    width: 0.85em;
    height: 0.85em;
    color: var(--_badge-color);
  }

  /* The icon shape tells the states apart without colour; the shared dot is replaced by it. */
  .badge[data-state]::before {
    display: none;
  }

  .expand {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_ns-space) * 0.5);
    min-height: calc(var(--_ns-control-height) * 0.85);
    padding: 0 var(--_ns-space);
    font-weight: 600;
  }

  .expand svg {
    transition: transform var(--_ns-duration) ease;
  }

  .expand[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }

  .skeleton-cell {
    display: block;
    height: 0.9em;
    width: 70%;
    border-radius: var(--_ns-radius);
    background-color: color-mix(in srgb, var(--_ns-color-text) 10%, var(--_ns-color-surface));
    animation: ns-skeleton-pulse 1.6s ease-in-out infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton-cell {
      animation: none;
    }
  }

  .refresh-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
    margin: 0 0 var(--_ns-space);
    padding: var(--_ns-space) calc(var(--_ns-space) * 1.5);
    border: 1px solid var(--_ns-color-warning);
    border-radius: var(--_ns-radius);
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_ns-space) * 1.5);
    margin-block-start: calc(var(--_ns-space) * 1.5);
  }

  .pagination .field {
    flex-direction: row;
    align-items: center;
    gap: var(--_ns-space);
  }

  .pagination .label {
    margin: 0;
    white-space: nowrap;
  }

  .page-buttons {
    display: inline-flex;
    gap: calc(var(--_ns-space) * 0.5);
  }

  .page-buttons .button {
    padding: 0 var(--_ns-space);
  }

  .range {
    font-variant-numeric: tabular-nums;
  }

  .range-placeholder {
    visibility: hidden;
  }

  /* Middle widths (a portal with a side bar): IDs wrap after their hyphens and dates after their
     commas, so that every column stays in view without scrolling the table sideways. */
  @container ns-stream-list (max-width: 80rem) {
    thead th,
    td.id,
    td time,
    .expand {
      white-space: normal;
    }

    .expand {
      text-align: start;
    }

    td.tags {
      min-width: 8rem;
    }
  }

  /* Narrow containers: each row becomes a card; no horizontal scrolling. */
  @container ns-stream-list (max-width: 40rem) {
    .filters > * {
      flex: 1 1 100%;
    }

    .combobox .input,
    .filters .select {
      width: 100%;
    }

    .table-wrapper {
      overflow-x: visible;
      border: 0;
    }

    ${stackedTableRules}

    tbody tr {
      margin-block-end: var(--_ns-space);
      padding: var(--_ns-space) 0;
      border: 1px solid var(--_ns-color-border);
      border-radius: var(--_ns-radius);
    }

    tr.member {
      margin-inline-start: calc(var(--_ns-space) * 2);
      border-inline-start: 3px solid var(--_ns-color-accent);
    }

    tr.member td:first-child {
      border-inline-start: 0;
    }

    td {
      display: grid;
      grid-template-columns: minmax(6.5rem, 35%) minmax(0, 1fr);
      justify-items: start;
      align-items: baseline;
      gap: var(--_ns-space);
      height: auto;
      min-height: 0;
      padding: calc(var(--_ns-space) * 0.5) calc(var(--_ns-space) * 1.5);
      border: 0;
      background: transparent;
    }

    td::before {
      /* Screen readers get the column header from the table; the label is for the eye only. */
      content: attr(data-label) / '';
      color: var(--_ns-color-text-muted);
      font-family: var(--_ns-font-family);
      font-size: var(--_ns-font-size);
      font-weight: 600;
    }

    .expand {
      max-width: 100%;
      white-space: normal;
      text-align: start;
    }

    td.id,
    td.name,
    td time {
      white-space: normal;
    }

    td.group,
    td.tags {
      min-width: 0;
      max-width: none;
    }

    .expand {
      margin-inline-start: 0;
    }

    .pagination {
      justify-content: space-between;
    }
  }
`;

export const styles = [tableStyles, ownStyles];
