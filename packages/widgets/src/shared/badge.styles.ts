import { css } from 'lit';

/**
 * The status badge (`.badge.badge--<status>`): the status in words in a pill, coloured by the
 * status. Shared by the elements that show an invitation's status.
 */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    flex: none;
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge--pending {
    color: var(--_primary);
  }
  .badge--accepted {
    color: var(--_success);
  }
`;
