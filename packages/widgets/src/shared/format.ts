import type { Locale } from './i18n/locale.js';

/** `iso` formatted with `options` in the user's locale; an unreadable date as written. */
function formatIso(locale: Locale, iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, options);
}

/** An absolute date and time in the user's locale, e.g. "Dec 10, 2026, 3:00 AM". */
export function formatDateTime(locale: Locale, iso: string): string {
  return formatIso(locale, iso, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A date in the user's locale, e.g. "Dec 10, 2026". */
export function formatDate(locale: Locale, iso: string): string {
  return formatIso(locale, iso, { dateStyle: 'medium' });
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** A relative time such as "in 12 days" or "2 hours ago", from `now` (ms since epoch). */
export function formatRelative(locale: Locale, iso: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return iso;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'minute');
}
