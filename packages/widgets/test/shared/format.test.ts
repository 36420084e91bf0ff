import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatRelative } from '../../src/shared/format.js';
import { describe, it } from './mocha.js';

const iso = '2026-12-10T03:00:00Z';

describe('format', () => {
  it('writes a date the way the user’s locale does', () => {
    const expected = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
    expect(formatDate('en', iso)).to.equal(expected('en'));
    expect(formatDate('en', iso)).to.match(/Dec 1?\d, 2026/);
    expect(formatDate('zh-CN', iso)).to.match(/^2026年12月1?\d日$/);
  });

  it('writes a date and time in the user’s locale', () => {
    expect(formatDateTime('en', iso)).to.match(/Dec 1?\d, 2026, \d{1,2}:00\s?[AP]M/);
    expect(formatDateTime('zh-CN', iso)).to.include('2026年12月');
  });

  it('shows an unparseable time as sent rather than "Invalid Date"', () => {
    expect(formatDate('en', 'soon')).to.equal('soon');
    expect(formatDateTime('en', 'soon')).to.equal('soon');
    expect(formatRelative('en', 'soon')).to.equal('soon');
  });

  it('says how far away a time is, in days, hours or minutes', () => {
    const now = Date.parse('2026-11-26T03:00:00Z');
    expect(formatRelative('en', '2026-12-08T03:00:00Z', now)).to.equal('in 12 days');
    expect(formatRelative('en', '2026-11-26T01:00:00Z', now)).to.equal('2 hours ago');
    expect(formatRelative('en', '2026-11-26T03:00:20Z', now)).to.equal('this minute');
    expect(formatRelative('zh-CN', '2026-11-28T03:00:00Z', now)).to.equal('后天');
  });
});
