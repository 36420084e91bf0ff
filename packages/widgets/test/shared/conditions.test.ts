import { expect } from '@open-wc/testing';
import { CONDITION_RULES } from '@enterprise-center/mock';
import { html, render } from 'lit';
import {
  describeCondition,
  renderChecklist,
  type ChecklistItem,
} from '../../src/shared/conditions.js';
import { loadLocale, translatorFor } from '../../src/shared/i18n/catalogs.js';
import { describe, it } from './mocha.js';

const en = translatorFor('en', { en: {}, 'zh-CN': {} });
// The shared Chinese texts are loaded on first use (ADR 0453).
await loadLocale('zh-CN', { en: {}, 'zh-CN': {} });
const zh = translatorFor('zh-CN', { en: {}, 'zh-CN': {} });

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Renders the checklist and returns its rows' texts. */
function rows(items: ChecklistItem[], t = en): string[] {
  const container = document.createElement('div');
  render(
    html`<h3 id="heading">Conditions</h3>
      ${renderChecklist(t, items, 'heading')}`,
    container,
  );
  return [...container.querySelectorAll('li')].map((li) => squash(li.textContent));
}

describe('renderChecklist', () => {
  it('lists the conditions that apply, failed first, each with its result in words', () => {
    const texts = rows([
      { code: 'ACCOUNT_EXISTS', status: 'passed', message: 'ok' },
      { code: 'MONTHLY_SETTLEMENT', status: 'skipped', message: 'n/a' },
      { code: 'NOT_FROZEN', status: 'failed', message: 'The account is frozen.' },
    ]);
    expect(texts).to.have.length(2);
    expect(texts[0]).to.equal(
      '✕ Not frozen Failed The account is frozen. The account owner has the account unfrozen first.',
    );
    expect(texts[1]).to.equal('✓ The account exists Passed');
  });

  it('shows the server’s message for a condition code this version does not know', () => {
    const [row] = rows([
      { code: 'NEW_RULE', status: 'failed', message: 'A brand-new rule failed.' },
    ]);
    expect(row).to.include('Condition NEW_RULE');
    expect(row).to.include('A brand-new rule failed.');
    expect(row).to.include('Contact support');
  });

  it('renders markup in a server message as text', () => {
    const container = document.createElement('div');
    const message = '<img src=x onerror="window.__pwned=1">';
    render(renderChecklist(en, [{ code: 'X', status: 'failed', message }], 'h'), container);
    expect(container.querySelector('img')).to.equal(null);
    expect(container.textContent).to.include(message);
  });

  it('names the list by the heading it is given', () => {
    const container = document.createElement('div');
    render(renderChecklist(en, [], 'conditions-heading'), container);
    expect(container.querySelector('ul')?.getAttribute('aria-labelledby')).to.equal(
      'conditions-heading',
    );
  });

  it('speaks Chinese when the translator does', () => {
    const [row] = rows([{ code: 'NO_UNPAID_ORDERS', status: 'failed', message: '' }], zh);
    expect(row).to.equal(
      '✕ 无待支付订单 不满足 该账号有待支付的订单。 请账号所有者支付或取消待支付订单。',
    );
  });
});

describe('describeCondition', () => {
  it('gives label, problem and remedy for every condition the fake backend evaluates', () => {
    const codes = CONDITION_RULES.map((rule) => rule.code);
    expect(codes).to.have.length(19);
    for (const t of [en, zh]) {
      for (const code of codes) {
        const text = describeCondition(t, code, 'server text');
        expect(text.label, code).to.not.include(code);
        expect(text.problem, code).to.not.equal('server text');
        expect(text.remedy.length, code).to.be.greaterThan(4);
      }
    }
  });
});
