import { conditionKeys } from './condition-texts.js';
import { en, enConditions, type SharedMessageKey } from './en.js';
import { inlineTexts } from './inline-texts.js';
import type { Locale } from './locale.js';
import {
  createTranslator,
  type MessageOverrides,
  type Text,
  type TextSource,
  type Translator,
} from './translator.js';

/**
 * An element's own texts in every supported locale. English is always inline (and the fallback of
 * every lookup); the elements give `zh-CN` as a loader (`import()`), so that pages in English never
 * download it (docs/decisions/0453-zh-cn-catalog-lazy-loading.md).
 */
export interface ElementCatalogs<K extends string> {
  en: Record<K, Text>;
  'zh-CN': Record<K, Text> | (() => Promise<Record<K, Text>>);
}

type Texts = Partial<Record<string, Text>>;

/** The shared English texts: every shared key has one (the fallback of every lookup). */
const english: Record<SharedMessageKey, Text> = {
  ...en,
  ...inlineTexts.en,
  ...conditionKeys(enConditions),
};

/** Shared texts of the locales loaded so far (`zh-CN` arrives with the first element that asks). */
const shared: Partial<Record<Locale, Texts>> = { en: english };

/** An element's own texts that came from a loader, by its catalogs. */
const loaded = new WeakMap<object, Texts>();

/** Loads under way, by the catalogs that asked. */
const loading = new WeakMap<object, Promise<void>>();

/** The element's own texts in `locale`, or `undefined` while they are still to be loaded. */
function ownTexts<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
): Texts | undefined {
  const own = catalogs[locale];
  return typeof own === 'function' ? loaded.get(catalogs) : own;
}

/** Whether every text of `locale` is here: the shared texts and the element's own. */
export function hasLocale<K extends string>(locale: Locale, catalogs: ElementCatalogs<K>): boolean {
  return shared[locale] !== undefined && ownTexts(locale, catalogs) !== undefined;
}

/**
 * Loads the texts `locale` still lacks: for `zh-CN` the shared Chinese texts and the element's own,
 * one chunk beside the embed bundle. English is always here. Resolves once they are here; a failed
 * load rejects and is tried again on the next call. Concurrent calls share one load.
 */
export function loadLocale<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
): Promise<void> {
  if (hasLocale(locale, catalogs)) return Promise.resolve();
  let pending = loading.get(catalogs);
  if (!pending) {
    const own = catalogs[locale];
    pending = Promise.all([
      shared[locale] ??
        import('./zh-cn.js').then((module) => {
          shared['zh-CN'] = { ...module.zhCN, ...conditionKeys(module.zhCNConditions) };
        }),
      typeof own === 'function' && own().then((texts) => loaded.set(catalogs, texts)),
    ])
      .then(() => undefined)
      .finally(() => loading.delete(catalogs));
    loading.set(catalogs, pending);
  }
  return pending;
}

/**
 * The translator for `locale`: `overrides`, then the element's texts, then the shared texts, then
 * the texts every locale has inline, then English (all of it while `locale` is still loading).
 */
export function translatorFor<K extends string>(
  locale: Locale,
  catalogs: ElementCatalogs<K>,
  overrides: MessageOverrides = {},
): Translator<K> {
  const sources: TextSource[] = [
    [overrides, locale],
    [ownTexts(locale, catalogs) ?? {}, locale],
    [shared[locale] ?? {}, locale],
    [inlineTexts[locale], locale],
    [catalogs.en, 'en'],
    [english, 'en'],
  ];
  return createTranslator(locale, sources);
}
