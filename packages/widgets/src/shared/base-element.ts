import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createClient, type Client } from '@enterprise-center/sdk';
import { LoadFailedEvent, SessionExpiredEvent } from './events.js';
import type { LocalizeController, LocalizeHost } from './i18n/localize-controller.js';
import type { MessageOverrides, Translator } from './i18n/translator.js';
import { classifyRefusal, type Refusal } from './refusal.js';
import { sharedStyles } from './styles.js';

/**
 * What every Enterprise Center element shares: where its client comes from (`client` property,
 * or `base-url` + `credentials` attributes for cookie-based proxies), its language (`locale`
 * attribute, else the page's `lang`) and text overrides (`messages`), the one place failures are
 * classified (a 401 shows a neutral "sign in again" state and fires `session-expired`), and
 * `refresh()`.
 *
 * A subclass gives its texts (`localize`), composes one `ElementTask` controller per asynchronous
 * action, and implements `reload()`.
 */
export abstract class EnterpriseCenterElement<K extends string>
  extends LitElement
  implements LocalizeHost
{
  static override styles = [sharedStyles];

  /** An SDK client (any auth the SDK supports). Takes precedence over `base-url`. */
  @property({ attribute: false }) accessor client: Client | undefined = undefined;

  /** Base URL of the API or of a same-origin proxy; used when no `client` is given. */
  @property({ attribute: 'base-url' }) accessor baseUrl = '';

  /** Fetch credentials mode for the client built from `base-url` (e.g. `include` for cookies). */
  @property() accessor credentials: RequestCredentials | undefined = undefined;

  /** `en` or `zh-CN`; defaults to the nearest `lang` attribute, else the document's. */
  @property({ reflect: true }) accessor locale: string | undefined = undefined;

  /** Text overrides by message key, e.g. `{ 'invite.submit': 'Send invitation' }`. */
  @property({ attribute: false }) accessor messages: MessageOverrides = {};

  /** A call answered 401 `APIG.0301` and `refresh()` has not been called since. */
  @state() protected accessor sessionExpired = false;

  /** The element's language and texts. */
  protected abstract readonly localize: LocalizeController<K>;

  #ownClient: { key: string; client: Client } | undefined;

  /** The translator of the language the element speaks now. */
  protected get t(): Translator<K> {
    return this.localize.t;
  }

  /** The client to use, or `undefined` while the element has none (no `client`, no `base-url`). */
  protected get api(): Client | undefined {
    const { client, baseUrl, credentials } = this;
    if (client) return client;
    if (!baseUrl) return undefined;
    const key = `${baseUrl}|${credentials ?? ''}`;
    if (this.#ownClient?.key !== key) {
      this.#ownClient = { key, client: createClient({ baseUrl, credentials }) };
    }
    return this.#ownClient.client;
  }

  /**
   * Loads again what the element shows, keeping what the user typed: call it after signing the
   * user in again (`session-expired`), or when the data may have changed elsewhere.
   */
  refresh(): void {
    this.sessionExpired = false;
    this.reload();
  }

  /** Runs the element's loads again (its part of {@link refresh}). */
  protected abstract reload(): void;

  /**
   * Classifies a failed call (the one classifier every element shares) and reports an expired
   * sign-in: the neutral state and one `session-expired` event until `refresh()`.
   */
  protected refusalOf(error: unknown): Refusal {
    const refusal = classifyRefusal(error);
    if (refusal.kind === 'session-expired' && !this.sessionExpired) {
      this.sessionExpired = true;
      this.dispatchEvent(new SessionExpiredEvent(error));
    }
    return refusal;
  }

  /** A load failed: `load-failed` (and `session-expired` for a 401); returns how to show it. */
  protected loadFailed(error: unknown): Refusal {
    this.dispatchEvent(new LoadFailedEvent(error));
    return this.refusalOf(error);
  }

  /** The loading state, said in the element's language (its texts may still be on their way). */
  protected renderLoading(): TemplateResult {
    return html`<p role="status" part="status">${this.t('common.loading')}</p>`;
  }

  /** The state shown before the texts of the element's language have arrived. */
  protected renderTextsLoading(): TemplateResult {
    return html`<div class="base" part="base" aria-busy="true">${this.renderLoading()}</div>`;
  }

  /** A neutral placeholder while the element has no client yet (the host is still setting up). */
  protected renderNotConfigured(): TemplateResult {
    return html`<p class="placeholder" part="notice">${this.t('common.notConfigured')}</p>`;
  }

  /** The neutral "sign in again" state, after a 401, until the host calls `refresh()`. */
  protected renderSessionExpired(): TemplateResult {
    return html`<p class="placeholder" part="notice session-expired" role="status">
      ${this.t('error.unauthorized')}
    </p>`;
  }
}
