import { expect } from '@open-wc/testing';
import { conditionTexts } from '../../src/shared/i18n/condition-texts.js';
import { en, enConditions } from '../../src/shared/i18n/en.js';
import {
  createTranslator,
  format,
  hasLocale,
  loadLocale,
  normalizeLocale,
  resolveLocale,
  translateKey,
} from '../../src/shared/i18n/localize.js';
import { zhCN, zhCNConditions } from '../../src/shared/i18n/zh-cn.js';
import { inviteMemberMessages } from '../../src/invite-member/messages.js';
import { zhCN as inviteMemberZhCN } from '../../src/invite-member/messages.zh-cn.js';
import { describe, it } from './mocha.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every key of `english` has a non-empty Chinese text with the same placeholders. */
function expectCompleteTranslation(
  english: Record<string, string>,
  chinese: Record<string, string>,
) {
  for (const [key, text] of Object.entries(english)) {
    expect(chinese[key], key).to.be.a('string').and.not.equal('');
    expect(placeholders(chinese[key] ?? ''), key).to.deep.equal(placeholders(text));
  }
}

describe('localize', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(format('{used} of {max} used', { used: 6, max: 10 })).to.equal('6 of 10 used');
    expect(format('Hello {name}', {})).to.equal('Hello {name}');
    expect(format('No params {x}')).to.equal('No params {x}');
  });

  it('does not re-expand placeholders that arrive inside values', () => {
    expect(format('{a} and {b}', { a: '{b}', b: 'B' })).to.equal('{b} and B');
  });

  it('maps Chinese locale tags to zh-CN and everything else to en', () => {
    expect(normalizeLocale('zh')).to.equal('zh-CN');
    expect(normalizeLocale('zh-cn')).to.equal('zh-CN');
    expect(normalizeLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('fr')).to.equal('en');
    expect(normalizeLocale(undefined)).to.equal('en');
  });

  it('takes the locale attribute first, else the nearest lang, also across a shadow root', () => {
    const outer = document.createElement('div');
    outer.lang = 'zh-CN';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(undefined, inner)).to.equal('zh-CN');
    expect(resolveLocale('en', inner)).to.equal('en');
    expect(resolveLocale(undefined, document.createElement('p'))).to.equal('en');
  });

  it('prefers host overrides, then the element’s texts, then the shared texts', async () => {
    const catalogs = { en: { 'x.own': 'Own' }, 'zh-CN': { 'x.own': '自己' } };
    const t = createTranslator('en', catalogs, { 'common.retry': 'Try again' });
    expect(t('common.retry')).to.equal('Try again');
    expect(t('x.own')).to.equal('Own');
    expect(t('common.cancel')).to.equal('Cancel');
    await loadLocale('zh-CN', catalogs);
    expect(createTranslator('zh-CN', catalogs)('common.cancel')).to.equal('取消');
  });

  it('loads an element’s zh-CN texts on first use and speaks English until they are here', async () => {
    let loads = 0;
    const catalogs = {
      en: { 'x.own': 'Own' },
      'zh-CN': async () => {
        loads += 1;
        return { 'x.own': '自己' };
      },
    };
    expect(hasLocale('en', catalogs)).to.equal(true);
    expect(hasLocale('zh-CN', catalogs)).to.equal(false);
    expect(createTranslator('zh-CN', catalogs)('x.own')).to.equal('Own');
    await Promise.all([loadLocale('zh-CN', catalogs), loadLocale('zh-CN', catalogs)]);
    expect(loads).to.equal(1);
    expect(hasLocale('zh-CN', catalogs)).to.equal(true);
    expect(createTranslator('zh-CN', catalogs)('x.own')).to.equal('自己');
    expect(createTranslator('zh-CN', catalogs)('common.cancel')).to.equal('取消');
  });

  it('translates keys known only at run time and says which keys exist', () => {
    const t = createTranslator('en', { en: {}, 'zh-CN': {} });
    expect(translateKey(t, 'condition.NOT_FROZEN.label')).to.equal('Not frozen');
    expect(translateKey(t, 'no.such.key')).to.equal('no.such.key');
    expect(t.has('condition.NOT_FROZEN.label')).to.equal(true);
    expect(t.has('condition.NEW_RULE.label')).to.equal(false);
  });

  it('has a Chinese text with the same placeholders for every shared English text', () => {
    expectCompleteTranslation(en, zhCN);
    expectCompleteTranslation(conditionTexts(enConditions), conditionTexts(zhCNConditions));
  });

  it('keys each condition’s label, problem and remedy, and lets a host override each', async () => {
    const catalogs = { en: {}, 'zh-CN': {} };
    const overrides = { 'condition.NOT_FROZEN.remedy': 'Ask support to unfreeze it.' };
    const t = createTranslator('en', catalogs, overrides);
    expect(translateKey(t, 'condition.NOT_FROZEN.label')).to.equal('Not frozen');
    expect(translateKey(t, 'condition.NOT_FROZEN.problem')).to.equal('The account is frozen.');
    expect(translateKey(t, 'condition.NOT_FROZEN.remedy')).to.equal('Ask support to unfreeze it.');
    await loadLocale('zh-CN', catalogs);
    const zh = createTranslator('zh-CN', catalogs, overrides);
    expect(translateKey(zh, 'condition.NOT_FROZEN.label')).to.equal(zhCNConditions.NOT_FROZEN[0]);
    expect(translateKey(zh, 'condition.NOT_FROZEN.problem')).to.equal(zhCNConditions.NOT_FROZEN[1]);
    expect(translateKey(zh, 'condition.NOT_FROZEN.remedy')).to.equal('Ask support to unfreeze it.');
  });

  it('has a Chinese text with the same placeholders for every <invite-member> text', () => {
    expectCompleteTranslation(inviteMemberMessages.en, inviteMemberZhCN);
  });
});
