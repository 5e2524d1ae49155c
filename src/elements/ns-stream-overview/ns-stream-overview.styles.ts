import {css} from 'lit';
import {detailsListStyles, tabDeclarations, tableStyles} from '../../internal/styles.js';

const ownStyles = css`
  :host {
    container-type: inline-size;
    --_overview-gap: var(--ns-stream-overview-section-gap, calc(var(--_ns-space) * 3));
    --_overview-label: var(--ns-stream-overview-label-width, 12rem);
  }

  .note {
    margin: 0;
    color: var(--_ns-color-text-muted);
  }

  .header {
    display: grid;
    gap: var(--_ns-space);
    padding-block-end: calc(var(--_ns-space) * 2);
  }

  .title {
    margin: 0;
    font-family: var(--_ns-font-family-mono);
    font-size: 1.4em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .title:focus {
    outline: none;
  }

  .title:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 2px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space) calc(var(--_ns-space) * 2);
    color: var(--_ns-color-text-muted);
  }

  .meta .badge {
    color: var(--_ns-color-text);
  }

  .kind {
    font-weight: 600;
    color: var(--_ns-color-text);
  }

  .id-row,
  .copyable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ns-space);
    min-width: 0;
  }

  .id-row code,
  .copyable code {
    overflow-wrap: anywhere;
    min-width: 0;
  }

  .long {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--ns-stream-overview-url-lines, 3);
    overflow: hidden;
  }

  .label-inline {
    color: var(--_ns-color-text-muted);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ns-space);
    padding-block: calc(var(--_ns-space) * 1.5);
    border-block: 1px solid var(--_ns-color-border);
  }

  .tablist {
    display: flex;
    gap: calc(var(--_ns-space) * 0.5);
    margin-block-start: calc(var(--_ns-space) * 2);
    flex-wrap: wrap;
    border-bottom: 1px solid var(--_ns-color-border);
  }

  .tab {
    ${tabDeclarations}
    padding: var(--_ns-space) calc(var(--_ns-space) * 2);
    border: 0;
    border-bottom: 3px solid transparent;
  }

  .tab:hover {
    color: var(--_ns-color-text);
  }

  .tab[aria-selected='true'] {
    color: var(--_ns-color-accent);
    border-bottom-color: var(--_ns-color-accent);
  }

  .tab:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: -2px;
  }

  .panel {
    padding-block: calc(var(--_ns-space) * 2);
  }

  .panel:focus-visible {
    outline: 2px solid var(--_ns-color-focus-ring);
    outline-offset: 2px;
  }

  .sections {
    display: grid;
    gap: var(--_overview-gap);
  }

  .section {
    min-width: 0;
  }

  .section-heading {
    margin: 0 0 var(--_ns-space);
    font-size: 1.05em;
  }

  .pairs {
    display: grid;
    margin: 0;
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  .pair {
    display: grid;
    grid-template-columns: var(--_overview-label) minmax(0, 1fr);
    gap: calc(var(--_ns-space) * 2);
    padding: var(--_ns-space) calc(var(--_ns-space) * 1.5);
    border-bottom: 1px solid var(--_ns-color-border);
    align-items: center;
  }

  .pair:last-child {
    border-bottom: none;
  }

  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
  }

  thead th {
    background-color: var(--_ns-color-surface-raised);
    color: var(--_ns-color-text-muted);
    font-size: 0.9em;
    white-space: nowrap;
  }

  tbody tr:last-child > * {
    border-bottom: none;
  }

  td a {
    color: var(--_ns-color-accent);
    overflow-wrap: anywhere;
  }

  .num {
    text-align: end;
    white-space: nowrap;
  }

  .not-found .title {
    font-family: inherit;
    font-size: 1.1em;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_ns-space) * 3);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface);
    color: var(--_ns-color-text);
    box-shadow: 0 0.75rem 2rem var(--_ns-color-shadow);
  }

  dialog::backdrop {
    /* ::backdrop inherits from its dialog, so the token works from any ancestor. */
    background-color: var(--ns-stream-overview-backdrop, rgb(0 0 0 / 0.45));
  }

  .dialog-title {
    margin: 0 0 var(--_ns-space);
    font-size: 1.2em;
  }

  dialog p {
    margin: 0 0 var(--_ns-space);
    overflow-wrap: anywhere;
  }

  .dialog-progress:empty,
  .dialog-failure:empty {
    display: none;
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_ns-space);
    margin-block-start: calc(var(--_ns-space) * 2);
  }

  @container (max-width: 36rem) {
    /* The VOD table becomes one labelled card per recording, so no column is cut off. */
    .table-wrap thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .table-wrap table,
    .table-wrap tbody,
    .table-wrap tr,
    .table-wrap td {
      display: block;
    }

    .table-wrap tbody tr {
      padding-block: calc(var(--_ns-space) * 0.5);
      border-bottom: 1px solid var(--_ns-color-border);
    }

    .table-wrap tbody tr:last-child {
      border-bottom: none;
    }

    .table-wrap td,
    .table-wrap td.num {
      display: grid;
      grid-template-columns: minmax(6.5rem, 35%) minmax(0, 1fr);
      gap: var(--_ns-space);
      padding-block: calc(var(--_ns-space) * 0.25);
      border-bottom: none;
      text-align: start;
      white-space: normal;
    }

    .table-wrap td::before {
      /* Screen readers get the column header from the table; the label is for the eye only. */
      content: attr(data-label) / '';
      color: var(--_ns-color-text-muted);
      font-weight: 600;
    }

    .pair {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_ns-space) * 0.5);
    }

    .actions .button {
      flex: 1 1 auto;
    }

    .tablist {
      display: grid;
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      gap: 0;
    }

    .tab {
      padding-inline: calc(var(--_ns-space) * 0.5);
      text-align: center;
    }
  }
`;

export const styles = [tableStyles, detailsListStyles, ownStyles];
