import type { Locale } from './locale.js';

/**
 * The few texts every locale has in the bundle itself, because they show before a locale's
 * catalog has loaded: the loading state is said in the page's language, never in English
 * (the `zh-CN` catalog is a chunk loaded on first use, docs/decisions/0453-zh-cn-catalog-lazy-loading.md).
 */
export const inlineTexts = {
  en: { 'common.loading': 'Loading…' },
  'zh-CN': { 'common.loading': '正在加载…' },
} as const satisfies Record<Locale, Record<string, string>>;
