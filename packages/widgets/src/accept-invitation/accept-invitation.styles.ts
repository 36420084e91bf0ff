import { css } from 'lit';

/**
 * Styles of <accept-invitation> on top of the shared ones (tokens, buttons, consent, dialog) and
 * the status badge's.
 */
export const acceptInvitationStyles = css`
  .base,
  .list {
    display: grid;
    gap: var(--_space);
  }
  .base > h2,
  .invitation__heading {
    margin: 0;
  }

  .invitation,
  .association {
    min-width: 0;
    padding: var(--_space);
    border: var(--accept-invitation-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background: var(--accept-invitation-card-background, var(--_bg));
    overflow-wrap: anywhere;
  }
  .association--joined {
    border-color: var(--_success);
    border-inline-start-width: 4px;
  }
  .invitation__header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    margin-block-end: calc(var(--_space) / 2);
  }
  .invitation:not(.invitation--pending) .invitation__heading {
    color: var(--_muted);
  }

  .details dt {
    color: var(--_muted);
  }

  .notes blockquote {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
  }

  /* The transparent border is the panel's edge in forced colours (they drop backgrounds). */
  .feedback,
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notes,
  .feedback {
    margin: 0 0 var(--_space);
  }
  .feedback,
  .notice--error {
    border-inline-start: 4px solid var(--_danger);
  }
  .feedback--success {
    border-color: var(--_success);
  }
  .feedback > :last-child,
  .empty > :last-child {
    margin-block-end: 0;
  }
  .notice .button {
    margin-inline-start: 0.5rem;
  }
`;
