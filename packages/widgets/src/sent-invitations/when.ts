import { formatDateTime, formatRelative } from '../shared/format.js';
import type { Locale } from '../shared/i18n/locale.js';

/** A moment as a table cell shows it: relative ("in 3 days") over the exact local date and time. */
export interface When {
  relative: string;
  /** The exact date and time with the time zone, e.g. "Dec 10, 2026, 11:00 AM GMT+8". */
  exact: string;
}

/**
 * `iso` in the user's locale and time zone, relative to `now`. An unreadable time is shown as
 * written (the SDK validates times, so this only guards the display).
 */
export function describeWhen(locale: Locale, iso: string, now: number = Date.now()): When {
  return { relative: formatRelative(locale, iso, now), exact: formatDateTime(locale, iso) };
}
