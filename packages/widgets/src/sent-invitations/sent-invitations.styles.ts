import { css } from 'lit';

/**
 * `<sent-invitations>`'s own layout; colours and sizes come from the shared `--ec-*` tokens. The
 * table turns into stacked cards when the element itself is narrow (a container query, so a
 * sidebar on a wide screen gets cards too); a table row keeps its table semantics either way.
 */
export const sentInvitationsStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    container: sent-invitations / inline-size;
  }
  .base > h2 {
    margin: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .toolbar .field {
    width: min(100%, 14rem);
    margin: 0;
  }

  .notes {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .note {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    overflow-wrap: break-word;
  }
  .table th,
  .table td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .table tbody th {
    font-weight: 600;
  }
  .row--busy {
    background: var(--sent-invitations-busy-row-background, var(--_surface));
  }
  .feedback-row > td {
    padding-block-start: 0;
  }
  .cell__label {
    display: none;
  }

  /* On top of the shared badge: the statuses that ended without a member. */
  .badge--cancelled,
  .badge--declined,
  .badge--expired {
    color: var(--_danger);
  }

  .when__exact {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row-actions .button {
    min-height: 2.25rem;
    padding-inline: 0.75rem;
    white-space: nowrap;
  }

  .feedback {
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .feedback--done {
    border-inline-start-color: var(--_success);
  }
  .feedback--info {
    border-inline-start-color: var(--_border);
  }
  .feedback p {
    margin: 0;
  }
  .feedback .checklist {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .feedback .actions {
    margin-block-start: calc(var(--_space) / 2);
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }

  @container sent-invitations (max-width: 46rem) {
    .table,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .table {
      overflow-wrap: anywhere;
    }
    .table .row {
      margin-block-start: calc(var(--_space) / 2);
      padding: calc(var(--_space) * 0.75);
      border: var(--sent-invitations-card-border, 1px solid var(--_border));
      border-radius: var(--_radius);
      background: var(--sent-invitations-card-background, var(--_bg));
    }
    .table .row--busy {
      background: var(--sent-invitations-busy-row-background, var(--_surface));
    }
    .table .row > * {
      display: grid;
      grid-template-columns: minmax(6rem, 35%) minmax(0, 1fr);
      gap: 0.5rem;
      padding: 0.2rem 0;
      border: 0;
    }
    .table .row > th {
      display: block;
      font-size: 1.05em;
    }
    .table .row > .cell--actions {
      display: block;
      padding-block-start: 0.5rem;
    }
    .cell--actions .cell__label {
      display: none;
    }
    .cell__label {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
      font-weight: 600;
    }
    .table .feedback-row > td {
      padding: 0.25rem 0 0;
      border: 0;
    }
  }
`;
