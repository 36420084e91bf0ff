import { expect } from '@open-wc/testing';
import { conditionKeys } from '../../src/shared/i18n/condition-texts.js';
import { en, enConditions } from '../../src/shared/i18n/en.js';
import { hasLocale, loadLocale, translatorFor } from '../../src/shared/i18n/catalogs.js';
import { normalizeLocale, resolveLocale } from '../../src/shared/i18n/locale.js';
import { format, translateKey, type Text } from '../../src/shared/i18n/translator.js';
import { zhCN, zhCNConditions } from '../../src/shared/i18n/zh-cn.js';
import { inviteMemberMessages } from '../../src/invite-member/messages.js';
import { zhCN as inviteMemberZhCN } from '../../src/invite-member/messages.zh-cn.js';
import { acceptMessages } from '../../src/accept-invitation/messages.js';
import { zhCN as acceptZhCN } from '../../src/accept-invitation/messages.zh-cn.js';
import { describe, it } from './mocha.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every form of a text (one for a plain text). */
const forms = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/** A text's placeholders; `{count}` left out for plural texts (the `one` form may say "one"). */
const filled = (form: string, plural: boolean) =>
  placeholders(form).filter((name) => !plural || name !== 'count');

/**
 * Every key of `english` has a non-empty Chinese text, plural where the English one is, whose
 * every form has the same placeholders (and `other`, the form every language has, `{count}` too).
 */
function expectCompleteTranslation(
  english: Partial<Record<string, Text>>,
  chinese: Partial<Record<string, Text>>,
) {
  for (const [key, text] of Object.entries(english)) {
    const translated = chinese[key];
    expect(typeof translated, key).to.equal(typeof text);
    const plural = typeof text === 'object';
    const reference = typeof text === 'object' ? text.other : (text ?? '');
    for (const form of [...forms(text), ...forms(translated)]) {
      expect(form, key).to.not.equal('');
      expect(filled(form, plural), key).to.deep.equal(filled(reference, plural));
    }
    if (typeof text === 'object' && typeof translated === 'object') {
      expect(placeholders(translated.other), key).to.deep.equal(placeholders(text.other));
    }
  }
}

const none = { en: {}, 'zh-CN': {} };

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
    const t = translatorFor('en', catalogs, { 'common.retry': 'Try again' });
    expect(t('common.retry')).to.equal('Try again');
    expect(t('x.own')).to.equal('Own');
    expect(t('common.cancel')).to.equal('Cancel');
    await loadLocale('zh-CN', catalogs);
    expect(translatorFor('zh-CN', catalogs)('common.cancel')).to.equal('取消');
  });

  it('loads an element’s zh-CN texts once, on first use, and speaks English until they are here', async () => {
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
    expect(translatorFor('zh-CN', catalogs)('x.own')).to.equal('Own');
    // The loading state is said in Chinese even before the Chinese catalog is here.
    expect(translatorFor('zh-CN', catalogs)('common.loading')).to.equal('正在加载…');
    await Promise.all([loadLocale('zh-CN', catalogs), loadLocale('zh-CN', catalogs)]);
    expect(loads).to.equal(1);
    expect(hasLocale('zh-CN', catalogs)).to.equal(true);
    expect(translatorFor('zh-CN', catalogs)('x.own')).to.equal('自己');
    expect(translatorFor('zh-CN', catalogs)('common.cancel')).to.equal('取消');
  });

  it('translates keys known only at run time and says which keys exist', () => {
    const t = translatorFor('en', none);
    expect(translateKey(t, 'condition.NOT_FROZEN.label')).to.equal('Not frozen');
    expect(translateKey(t, 'no.such.key')).to.equal('no.such.key');
    expect(t.has('condition.NOT_FROZEN.label')).to.equal(true);
    expect(t.has('condition.NEW_RULE.label')).to.equal(false);
  });

  it('chooses the plural form by the language’s plural rules, never writing "(s)"', async () => {
    const catalogs = {
      en: { 'x.count': { one: '{count} condition met', other: '{count} conditions met' } },
      'zh-CN': { 'x.count': { other: '{count} 项条件满足' } },
    };
    const t = translatorFor('en', catalogs);
    expect([0, 1, 2, 19].map((count) => t('x.count', { count }))).to.deep.equal([
      '0 conditions met',
      '1 condition met',
      '2 conditions met',
      '19 conditions met',
    ]);
    await loadLocale('zh-CN', catalogs);
    expect(translatorFor('zh-CN', catalogs)('x.count', { count: 1 })).to.equal('1 项条件满足');
    // A host may override one form, or the whole text with a plain string.
    const overridden = translatorFor('en', catalogs, {
      'x.count': { one: 'one condition met', other: '{count} met' },
    });
    expect(overridden('x.count', { count: 1 })).to.equal('one condition met');
    expect(overridden('x.count', { count: 3 })).to.equal('3 met');
    expect(
      translatorFor('en', catalogs, { 'x.count': 'met: {count}' })('x.count', { count: 1 }),
    ).to.equal('met: 1');
    for (const text of Object.values(en)) {
      for (const form of forms(text)) expect(form).not.to.include('(s)');
    }
  });

  it('has a Chinese text with the same placeholders for every shared English text', () => {
    expectCompleteTranslation(en, zhCN);
    expectCompleteTranslation(conditionKeys(enConditions), conditionKeys(zhCNConditions));
  });

  it('keys each condition’s label, problem and remedy, and lets a host override each', async () => {
    const overrides = { 'condition.NOT_FROZEN.remedy': 'Ask support to unfreeze it.' };
    const t = translatorFor('en', none, overrides);
    expect(translateKey(t, 'condition.NOT_FROZEN.label')).to.equal('Not frozen');
    expect(translateKey(t, 'condition.NOT_FROZEN.problem')).to.equal('The account is frozen.');
    expect(translateKey(t, 'condition.NOT_FROZEN.remedy')).to.equal('Ask support to unfreeze it.');
    await loadLocale('zh-CN', none);
    const zh = translatorFor('zh-CN', none, overrides);
    expect(translateKey(zh, 'condition.NOT_FROZEN.label')).to.equal(
      zhCNConditions.NOT_FROZEN.label,
    );
    expect(translateKey(zh, 'condition.NOT_FROZEN.problem')).to.equal(
      zhCNConditions.NOT_FROZEN.problem,
    );
    expect(translateKey(zh, 'condition.NOT_FROZEN.remedy')).to.equal('Ask support to unfreeze it.');
  });

  it('has a Chinese text with the same placeholders for every text of each element', () => {
    expectCompleteTranslation(inviteMemberMessages.en, inviteMemberZhCN);
    expectCompleteTranslation(acceptMessages.en, acceptZhCN);
  });
});
