/** Locales with complete catalogs. */
export type Locale = 'en' | 'zh-CN';

/** `zh`, `zh-CN`, `zh-Hans…` → `zh-CN`; anything else → `en`. */
export function normalizeLocale(value: string | null | undefined): Locale {
  return value && /^zh(-(cn|hans|sg))?\b/i.test(value) ? 'zh-CN' : 'en';
}

/** The `locale` attribute wins; otherwise the nearest `lang` (through shadow roots), else `en`. */
export function resolveLocale(explicit: string | undefined, host: Element): Locale {
  if (explicit) return normalizeLocale(explicit);
  let node: Node | null = host;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLocale(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
