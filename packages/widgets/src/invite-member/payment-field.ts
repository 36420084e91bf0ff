import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Translator } from '../shared/i18n/translator.js';
import type { CreateInvitationInput, InvitationSettings } from '@enterprise-center/sdk';
import { renderFieldFeedback } from './field-feedback.js';
import type { InviteMessageKey } from './messages.js';

/** A payment method an invitation can be sent with (not `'unknown'`). */
export type RequestedPaymentMethod = CreateInvitationInput['paymentMethod'];

type Method = InvitationSettings['paymentMethods'][number];

/** Whether the user may choose the method: allowed, and known to this page. */
function selectable(method: Method): method is Method & { code: RequestedPaymentMethod } {
  return method.allowed && method.code !== 'unknown';
}

/** What the payment method group shows and reports. */
export interface PaymentFieldOptions {
  settings: InvitationSettings;
  selected: RequestedPaymentMethod | '';
  feedback: string | undefined;
  /** Filled with the group (focus goes to its first choosable method). */
  group: Ref<HTMLFieldSetElement>;
  onSelect: (code: RequestedPaymentMethod) => void;
}

/** The method to preselect: the only selectable one, if there is exactly one; otherwise none. */
export function defaultPaymentMethod(settings: InvitationSettings): RequestedPaymentMethod | '' {
  const choices = settings.paymentMethods.filter(selectable);
  return choices.length === 1 && choices[0] ? choices[0].code : '';
}

/** Why a method is not offered, in the user's language where the reason is known. */
function notAllowedReason(
  t: Translator<InviteMessageKey>,
  settings: InvitationSettings,
  method: Method,
): string {
  const reason =
    method.code === 'paid_by_member' && settings.masterAccount.unifiedAccounting
      ? t('invite.payment.unifiedAccounting')
      : (method.reason ?? '');
  return t('invite.payment.notAllowed', { reason });
}

/**
 * A radio group (fieldset + legend "Payment method") with one option per method of the settings.
 * A method that is not allowed stays visible but disabled, with its reason in words.
 */
export function renderPaymentField(
  t: Translator<InviteMessageKey>,
  options: PaymentFieldOptions,
): TemplateResult {
  const { settings, selected, feedback } = options;
  return html`<fieldset
    ${ref(options.group)}
    class="field"
    part="payment-methods"
    aria-describedby=${feedback ? 'payment-feedback' : nothing}
  >
    <legend part="label">${t('common.paymentMethod')}</legend>
    ${settings.paymentMethods.map((method, index) => {
      const id = `payment-${index}`;
      return html`<div
        class="option ${method.allowed ? '' : 'option--disabled'}"
        part="payment-option"
      >
        <input
          type="radio"
          name="payment"
          id=${id}
          value=${method.code}
          .checked=${method.code === selected}
          ?disabled=${!selectable(method)}
          aria-describedby="${id}-hint"
          @change=${() => selectable(method) && options.onSelect(method.code)}
        />
        <span class="option__text">
          <label for=${id}>${t(`payment.${method.code}`)}</label>
          <span id="${id}-hint" class="hint"
            >${t(`invite.payment.${method.code}.hint`)}${
              method.allowed ? nothing : html` <br />${notAllowedReason(t, settings, method)}`
            }</span
          >
        </span>
      </div>`;
    })}
    ${renderFieldFeedback('payment', feedback)}
  </fieldset>`;
}
