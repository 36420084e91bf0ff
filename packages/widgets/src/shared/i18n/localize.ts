import { en, type SharedMessageKey } from './en.js';
import { zhCN } from './zh-cn.js';

/** Locales with complete catalogs. */
export type Locale = 'en' | 'zh-CN';

/** An element's own texts, in every supported locale. */
export interface ElementCatalogs<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
}

/** Host-supplied overrides: message key → text (for the locale the page uses). */
export type MessageOverrides = Partial<Record<string, string>>;

/** Looks a text up by key and fills its `{name}` placeholders. */
export interface Translator<K extends string> {
  (key: K | SharedMessageKey, params?: Record<string, string | number>): string;
  /** Whether the key has a text (used for open sets such as condition codes). */
  has(key: string): boolean;
  readonly locale: Locale;
}

/**
 * A translator of any element. Shared helpers take this type so that every element can pass its
 * own `this.t` (a `Translator<'invite.x' | …>` is not a `Translator<string>`: the key is a
 * parameter, so the types are contravariant in it).
 */
export type AnyTranslator = Translator<never>;

/**
 * Translates a key known only at run time, e.g. `condition.${code}.label`. Every translator made by
 * {@link createTranslator} accepts any string (an unknown key comes back as itself).
 */
export function translateKey(
  t: AnyTranslator,
  key: string,
  params?: Record<string, string | number>,
): string {
  return (t as Translator<string>)(key, params);
}

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

/** Replaces `{name}` with `params.name`; unknown placeholders are left as written. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const shared: Record<Locale, Record<SharedMessageKey, string>> = { en, 'zh-CN': zhCN };

/** Builds the translator for a locale: overrides, then the element's texts, then shared texts. */
export function createTranslator<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
  overrides: MessageOverrides = {},
): Translator<K> {
  const own: Record<string, string> = catalogs[locale];
  const common: Record<string, string> = shared[locale];
  const lookup = (key: string): string | undefined => overrides[key] ?? own[key] ?? common[key];
  const translate = (key: K | SharedMessageKey, params?: Record<string, string | number>) =>
    format(lookup(key) ?? key, params);
  return Object.assign(translate, { has: (key: string) => lookup(key) !== undefined, locale });
}
