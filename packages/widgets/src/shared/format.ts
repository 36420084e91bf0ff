import type { Locale } from './i18n/locale.js';

/**
 * How every element writes a moment: the date, the time and the time zone it is in, in the
 * user's locale ("Dec 10, 2026, 11:00 AM GMT+8", "2026年12月10日 GMT+8 11:00"). Intl refuses
 * `timeZoneName` beside `dateStyle`/`timeStyle`, hence the fields `dateStyle: 'medium'` and
 * `timeStyle: 'short'` stand for.
 */
const dateTimeFields: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * An absolute date and time with its time zone, in the user's locale; an unreadable time as
 * written (the SDK validates times, so this only guards the display). `timeZone` (an IANA name)
 * defaults to the user's own.
 */
export function formatDateTime(locale: Locale, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { ...dateTimeFields, timeZone }).format(date);
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
