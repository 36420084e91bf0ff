import type { SharedMessageKey } from './en.js';
import type { Locale } from './locale.js';

/**
 * A text that depends on a number, `count`: one form per plural category of the language
 * (`Intl.PluralRules`: `one`, `few`, `many`, `other`…), `other` always present. English needs
 * `one` and `other`; Chinese only `other`.
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A catalog entry: a plain text, or a {@link PluralText}. `{name}` placeholders in either. */
export type Text = string | PluralText;

/** Host-supplied overrides: message key → text (for the locale the page uses). */
export type MessageOverrides = Partial<Record<string, Text>>;

/** Values for a text's `{name}` placeholders; `count` also picks a plural form. */
export type TextParams = Record<string, string | number>;

/** Looks a text up by key and fills its `{name}` placeholders. */
export interface Translator<K extends string> {
  (key: K | SharedMessageKey, params?: TextParams): string;
  /** Whether the key has a text (used for open sets such as condition codes). */
  has(key: string): boolean;
  /** The language of the texts (the one whose plural rules and date formats apply). */
  readonly locale: Locale;
}

/**
 * A translator of any element. Shared helpers take this type so that every element can pass its
 * own translator (a `Translator<'invite.x' | …>` is not a `Translator<string>`: the key is a
 * parameter, so the types are contravariant in it).
 */
export type AnyTranslator = Translator<never>;

/**
 * Translates a key known only at run time, e.g. `condition.${code}.label`. Every translator made by
 * {@link createTranslator} accepts any string (an unknown key comes back as itself).
 */
export function translateKey(t: AnyTranslator, key: string, params?: TextParams): string {
  return (t as Translator<string>)(key, params);
}

/** Replaces `{name}` with `params.name`; unknown placeholders are left as written. */
export function format(template: string, params?: TextParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of `text` for `count` by the plural rules of `locale` (`other` when none fits). */
function pluralForm(text: PluralText, locale: Locale, count: unknown): string {
  if (typeof count !== 'number') return text.other;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return text[rules.select(count)] ?? text.other;
}

/** Where a translator looks a key up, first match wins, and in which language each source is. */
export type TextSource = readonly [texts: Partial<Record<string, Text>>, locale: Locale];

/**
 * A translator over `sources` (searched in order: overrides, the element's texts, shared texts,
 * English fallbacks). A plural text takes the plural rules of the language its source is in.
 */
export function createTranslator<K extends string>(
  locale: Locale,
  sources: readonly TextSource[],
): Translator<K> {
  const lookup = (key: string): [Text, Locale] | undefined => {
    for (const [texts, language] of sources) {
      const text = texts[key];
      if (text !== undefined) return [text, language];
    }
    return undefined;
  };
  const translate = (key: string, params?: TextParams): string => {
    const found = lookup(key);
    if (!found) return key;
    const [text, language] = found;
    return format(
      typeof text === 'string' ? text : pluralForm(text, language, params?.['count']),
      params,
    );
  };
  return Object.assign(translate, { has: (key: string) => lookup(key) !== undefined, locale });
}
