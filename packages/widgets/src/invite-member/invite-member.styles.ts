import { css } from 'lit';

/** `<invite-member>`'s own layout; colours and sizes come from the shared `--ec-*` tokens. */
export const inviteMemberStyles = css`
  .base {
    display: grid;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .org-filter {
    display: grid;
    gap: 0.25rem;
  }
  .org-filter__label {
    font-size: 0.9em;
  }

  .status--eligible {
    color: var(--_success);
  }
  .status--ineligible,
  .status--refused,
  .status--check-failed {
    color: var(--_danger);
  }
  .status--checking::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.4em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    vertical-align: -0.1em;
  }
  /* Forced colours would paint the spinner's open quarter too: it keeps it, in a system colour. */
  @media (forced-colors: active) {
    .status--checking::before {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .status--checking::before {
      animation: spin 0.8s linear infinite;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .conditions {
    margin-block-start: 0.25rem;
  }
  .conditions__heading {
    font-size: 0.95em;
  }
  .conditions__passed {
    margin-block-end: var(--_space);
  }
  .conditions__passed summary {
    width: fit-content;
    cursor: pointer;
  }
  .conditions__passed[open] summary {
    margin-block-end: 0.35rem;
  }
  .check--passed .check__body {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
    align-items: baseline;
  }

  .option {
    display: flex;
    align-items: flex-start;
    margin-block: 0.25rem;
  }
  .option__text {
    display: grid;
  }
  .option--disabled label {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .option--disabled label {
      color: GrayText;
    }
  }

  .notes-count {
    justify-self: end;
  }

  .notice,
  .success {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .success {
    border-inline-start-color: var(--_success);
  }

  .summary dt {
    font-weight: 600;
  }
  .summary__notes {
    white-space: pre-wrap;
  }
`;
