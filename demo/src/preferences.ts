// The demo's own settings (persona, language, theme, added latency), kept in sessionStorage so a
// reload shows the same view.
import { defaultPersona } from './personas.js';

export type DemoLocale = 'en' | 'zh-CN';
export type DemoTheme = 'system' | 'light' | 'dark' | 'brand';

export interface Preferences {
  persona: string;
  locale: DemoLocale;
  theme: DemoTheme;
  /** Added latency on every fake-backend response, in ms. */
  latency: number;
}

const key = 'ec-demo:preferences';
const defaults: Preferences = {
  persona: defaultPersona,
  locale: 'en',
  theme: 'system',
  latency: 0,
};
const locales: readonly DemoLocale[] = ['en', 'zh-CN'];
const themes: readonly DemoTheme[] = ['system', 'light', 'dark', 'brand'];

/** Narrows a stored or user-chosen value to one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** The saved preferences, with defaults for anything missing or invalid. */
export function loadPreferences(): Preferences {
  let saved: Partial<Record<keyof Preferences, unknown>> = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(key) ?? '{}') ?? {};
  } catch {
    // Unreadable: use the defaults.
  }
  const latency = Number(saved.latency);
  return {
    persona: typeof saved.persona === 'string' ? saved.persona : defaults.persona,
    locale: oneOf(saved.locale, locales, defaults.locale),
    theme: oneOf(saved.theme, themes, defaults.theme),
    latency: Number.isFinite(latency) && latency >= 0 ? latency : defaults.latency,
  };
}

export function savePreferences(preferences: Preferences): void {
  sessionStorage.setItem(key, JSON.stringify(preferences));
}
