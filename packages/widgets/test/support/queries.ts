// Find what a user finds: controls by role and accessible name (inside shadow roots too), the text
// a user reads, and the focused control.

const roles = {
  article: 'article',
  button: 'button',
  checkbox: 'input[type="checkbox"]',
  combobox: 'select',
  dialog: 'dialog',
  group: 'fieldset',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href]',
  list: 'ul',
  listitem: 'li',
  radio: 'input[type="radio"]',
  searchbox: 'input[type="search"]',
  status: '[role="status"]',
  textbox: 'input[type="text"], textarea',
} as const;

/** The roles the queries know. */
export type Role = keyof typeof roles;

/** Collapses white space, as a screen reader reads text. */
export const squash = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a user sees in `node` (its shadow tree included), whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return squash(node?.textContent);
}

/** A control's accessible name, as its markup gives it (aria-label(ledby), label, legend, text). */
export function accessibleName(control: Element): string {
  const root = control.getRootNode() as ShadowRoot | Document;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent)
        .join(' '),
    );
  }
  const label = control.getAttribute('aria-label');
  if (label) return squash(label);
  if (control instanceof HTMLFieldSetElement) return textOf(control.querySelector('legend'));
  if ('labels' in control && control.labels instanceof NodeList && control.labels.length > 0) {
    return squash([...control.labels].map((l) => l.textContent).join(' '));
  }
  return textOf(control);
}

/** Every control of `role` in `scope` whose accessible name starts with (or matches) `name`. */
export function allByRole<T extends HTMLElement = HTMLElement>(
  scope: ParentNode,
  role: Role,
  name?: string | RegExp,
): T[] {
  return [...scope.querySelectorAll<T>(roles[role])].filter((control) => {
    if (name === undefined) return true;
    const accessible = accessibleName(control);
    return typeof name === 'string' ? accessible.startsWith(name) : name.test(accessible);
  });
}

/** The one control of `role` named `name`; throws when there is none. */
export function byRole<T extends HTMLElement = HTMLElement>(
  scope: ParentNode,
  role: Role,
  name?: string | RegExp,
): T {
  const [found] = allByRole<T>(scope, role, name);
  if (!found) throw new Error(`no ${role} named ${String(name)}`);
  return found;
}

/** The control with the focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
