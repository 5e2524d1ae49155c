import {css} from 'lit';
import {detailsListStyles} from '../../internal/styles.js';

const ownStyles = css`
  :host {
    container-type: inline-size;
    background-color: transparent;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ns-space) * 1.5);
    padding: calc(var(--_ns-space) * 2);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    background-color: var(--ns-token-info-background, var(--_ns-color-surface));
  }

  .token-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_ns-space);
  }

  [part='token'] {
    flex: 1 1 20rem;
    min-width: 0;
    /* The text's height plus padding and border, so the box ends between two lines, not in one. */
    max-height: calc(var(--ns-token-info-token-max-height, 7.5em) + var(--_ns-space) * 2 + 2px);
    overflow: auto;
    margin: 0;
    padding: var(--_ns-space) calc(var(--_ns-space) * 1.5);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface-raised);
    overflow-wrap: anywhere;
    word-break: break-all;
    white-space: pre-wrap;
  }

  [part='details'],
  [part='settings'] {
    display: grid;
    grid-template-columns: minmax(7rem, 10rem) 1fr;
    gap: calc(var(--_ns-space) * 0.75) calc(var(--_ns-space) * 2);
    margin: 0;
  }

  dl > div {
    display: contents;
  }

  dd {
    overflow-wrap: anywhere;
  }

  .group-heading {
    margin: 0;
    padding-top: var(--_ns-space);
    border-top: 1px solid var(--_ns-color-border);
    font-weight: 600;
    font-size: 1em;
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ns-space) * 0.5) var(--_ns-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='streams'] li {
    padding: 0 calc(var(--_ns-space) * 0.75);
    border: 1px solid var(--_ns-color-border);
    border-radius: var(--_ns-radius);
    background-color: var(--_ns-color-surface-raised);
  }

  .muted {
    color: var(--_ns-color-text-muted);
  }

  [part='note'] {
    margin: 0;
    color: var(--_ns-color-text-muted);
    font-size: 0.9em;
  }

  [part='invalid'] {
    margin: 0;
    color: var(--_ns-color-danger);
    font-weight: 600;
  }

  [part='invalid-hint'] {
    margin: 0;
  }

  @container (max-width: 30rem) {
    [part='details'],
    [part='settings'] {
      grid-template-columns: 1fr;
      gap: 0;
    }

    dd {
      margin-bottom: var(--_ns-space);
    }
  }
`;

export const styles = [detailsListStyles, ownStyles];
