import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='error'],
  [part='note'] {
    margin-block-end: var(--_ns-space);
  }
  [part='note'] {
    margin-block-start: 0;
    padding: calc(var(--_ns-space) * 0.75) var(--_ns-space);
    border: 1px solid var(--ns-color-border, #d1d9e0);
    border-radius: var(--ns-radius, 0.375rem);
    background: var(--ns-color-surface-raised, #f6f8fa);
    color: var(--ns-color-text-muted, #59636e);
  }
`;
