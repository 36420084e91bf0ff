import { css } from 'lit';

/**
 * Styles shared by every element. Public design tokens are `--ec-*` custom properties, read with a
 * fallback so a page may set them on the element or on any ancestor (e.g. `:root`); the private
 * `--_*` copies carry the defaults, `light-dark(light, dark)` by the host's colour scheme (the
 * system's). Colours meet WCAG 2.2 AA contrast in both schemes.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--ec-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', sans-serif);
    --_size: var(--ec-font-size, 0.9375rem);
    --_text: var(--ec-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--ec-color-muted, light-dark(#57606a, #9da7b3));
    --_bg: var(--ec-color-background, light-dark(#fff, #0d1117));
    --_surface: var(--ec-color-surface, light-dark(#f6f8fa, #161b22));
    --_border: var(--ec-color-border, light-dark(#8c959f, #6e7681));
    --_primary: var(--ec-color-primary, light-dark(#0a58ca, #4493f8));
    --_on-primary: var(--ec-color-on-primary, light-dark(#fff, #0d1117));
    --_danger: var(--ec-color-danger, light-dark(#b42318, #ff7b72));
    --_success: var(--ec-color-success, light-dark(#1a7f37, #3fb950));
    --_focus: var(--ec-color-focus, light-dark(#0a58ca, #4493f8));
    --_radius: var(--ec-radius, 6px);
    --_space: var(--ec-space, 0.75rem);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    color: var(--_text);
    background: var(--_bg);
    font: var(--_size) / 1.5 var(--_font);
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  h4,
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2,
  h3,
  h4 {
    font-size: 1em;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.15em;
  }

  a {
    color: var(--_primary);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  [type='text'],
  [type='search'],
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_bg);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [type='checkbox'],
  [type='radio'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.15rem 0.5rem 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    color: var(--_danger);
  }
  /*
   * Neutral states (no client yet, signed out): information, not an error. Panels drawn by their
   * background alone get a transparent border: forced colours drop the background and paint the
   * border, so the panel keeps its edge.
   */
  .placeholder {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5rem;
    min-width: 2.75rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    background: transparent;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button--primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .button--danger {
    border-color: var(--_danger);
    color: var(--_on-primary);
    background: var(--_danger);
  }

  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }

  .consent {
    display: flex;
    align-items: flex-start;
    margin-block-end: var(--_space);
  }

  .checklist {
    display: grid;
    gap: 0.35rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    gap: 0.5rem;
  }
  .check__mark {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
    text-align: center;
  }
  .check--passed .check__mark {
    color: var(--_success);
  }
  .check--failed .check__mark {
    color: var(--_danger);
  }
  .check__body {
    display: grid;
  }
  .check__label {
    font-weight: 600;
  }
  .check__problem {
    color: var(--_danger);
  }

  .terms {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .terms__list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  /*
   * Label–value pairs (a dl of div.pair): side by side while both fit, the value under its
   * label once they do not. Decided by the room the list has, not by the window, so it holds in a
   * narrow column and with enlarged text alike (WCAG 1.4.10).
   */
  .pairs {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 var(--_space);
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75rem;
  }
  .pair > dt {
    flex: 0 1 10em;
  }
  .pair > dd {
    flex: 1 1 14em;
    min-width: 0;
    margin: 0;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  /*
   * Forced colours (Windows High Contrast): the system paints text, borders and outlines in its
   * own few colours and drops backgrounds and accent colours. What colour alone told is given a
   * system colour of its own: the focus ring is Highlight, buttons are ButtonText on ButtonFace,
   * unavailable controls are GrayText. Native checkboxes and radios draw their checked state in
   * system colours by themselves; the condition marks are text (✓ ✕ ?) in CanvasText.
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button,
    .button--primary,
    .button--danger {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
