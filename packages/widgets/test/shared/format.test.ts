import { expect } from '@open-wc/testing';
import { formatDateTime, formatRelative } from '../../src/shared/format.js';
import { describe, it } from './mocha.js';

const iso = '2026-12-10T03:00:00Z';

/** Intl may put a narrow no-break space before AM/PM; a reader sees a space. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('format', () => {
  it('writes a date, time and time zone in English, in the zone asked for', () => {
    expect(spaced(formatDateTime('en', iso, 'Asia/Shanghai'))).to.equal(
      'Dec 10, 2026, 11:00 AM GMT+8',
    );
    expect(spaced(formatDateTime('en', iso, 'UTC'))).to.equal('Dec 10, 2026, 3:00 AM UTC');
    expect(spaced(formatDateTime('en', iso, 'America/New_York'))).to.equal(
      'Dec 9, 2026, 10:00 PM EST',
    );
  });

  it('writes a date, time and time zone in Simplified Chinese', () => {
    const shanghai = spaced(formatDateTime('zh-CN', iso, 'Asia/Shanghai'));
    expect(shanghai).to.match(/^2026年12月10日 /);
    expect(shanghai).to.match(/(^| )11:00( |$)/);
    expect(shanghai).to.match(/(^| )GMT\+8( |$)/);
    const utc = spaced(formatDateTime('zh-CN', iso, 'UTC'));
    expect(utc).to.match(/^2026年12月10日 /);
    expect(utc).to.match(/(^| )03:00( |$)/);
    expect(utc).to.match(/(^| )UTC( |$)/);
  });

  it('uses the user’s own time zone unless told another', () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDateTime('en', iso)).to.equal(formatDateTime('en', iso, own));
    expect(formatDateTime('zh-CN', iso)).to.equal(formatDateTime('zh-CN', iso, own));
  });

  it('shows an unparseable time as sent rather than "Invalid Date"', () => {
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
