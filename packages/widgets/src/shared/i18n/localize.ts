import { conditionTexts } from './condition-texts.js';
import { en, enConditions, type SharedMessageKey } from './en.js';

/** Locales with complete catalogs. */
export type Locale = 'en' | 'zh-CN';

/**
 * An element's own texts in every supported locale. English is always inline (and the fallback
 * while another locale loads); the elements give `zh-CN` as a loader (`import()`), so that pages
 * in English never download it (ADR 0453).
 */
export interface ElementCatalogs<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string> | (() => Promise<Record<K, string>>);
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

/** The shared English texts: every shared key has one (the fallback of every lookup). */
const english: Record<SharedMessageKey, string> = { ...en, ...conditionTexts(enConditions) };

/** Shared texts of the locales loaded so far (`zh-CN` arrives with the first element that asks). */
const shared: Partial<Record<Locale, Record<SharedMessageKey, string>>> = { en: english };

/** An element's own texts that came from a loader, by its catalogs. */
const loaded = new WeakMap<object, Record<string, string>>();

/** Loads under way, by the catalogs that asked. */
const loading = new WeakMap<object, Promise<unknown>>();

/** The element's own texts in `locale`, or `undefined` while they are still to be loaded. */
function ownTexts<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
): Record<string, string> | undefined {
  const own = catalogs[locale];
  return typeof own === 'function' ? loaded.get(catalogs) : own;
}

/** Whether every text of `locale` is here: the shared texts and the element's own. */
export function hasLocale<K extends string>(locale: Locale, catalogs: ElementCatalogs<K>): boolean {
  return shared[locale] !== undefined && ownTexts(locale, catalogs) !== undefined;
}

/**
 * Loads the texts `locale` still lacks: for `zh-CN` the shared Chinese texts and the element's own,
 * one chunk beside the embed bundle (ADR 0453). English is always here. Resolves once they are here;
 * a failed load rejects and is tried again on the next call.
 */
export function loadLocale<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
): Promise<unknown> {
  if (hasLocale(locale, catalogs)) return Promise.resolve();
  let pending = loading.get(catalogs);
  if (!pending) {
    const own = catalogs[locale];
    pending = Promise.all([
      shared[locale] ??
        import('./zh-cn.js').then((module) => {
          shared['zh-CN'] = { ...module.zhCN, ...conditionTexts(module.zhCNConditions) };
        }),
      typeof own === 'function' && own().then((texts) => loaded.set(catalogs, texts)),
    ]).finally(() => loading.delete(catalogs));
    loading.set(catalogs, pending);
  }
  return pending;
}

/**
 * Builds the translator for a locale: overrides, then the element's texts, then shared texts, then
 * (for a locale whose texts are not loaded yet) the English ones.
 */
export function createTranslator<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
  overrides: MessageOverrides = {},
): Translator<K> {
  const own = ownTexts(locale, catalogs) ?? {};
  const common: Record<string, string> = shared[locale] ?? {};
  const ownEnglish: Record<string, string> = catalogs.en;
  const lookup = (key: string): string | undefined =>
    overrides[key] ??
    own[key] ??
    common[key] ??
    ownEnglish[key] ??
    (english as Record<string, string>)[key];
  const translate = (key: K | SharedMessageKey, params?: Record<string, string | number>) =>
    format(lookup(key) ?? key, params);
  return Object.assign(translate, { has: (key: string) => lookup(key) !== undefined, locale });
}
