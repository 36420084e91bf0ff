import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient } from '@enterprise-center/sdk';
import { sharedStyles } from './styles.js';
import {
  createTranslator,
  resolveLocale,
  type ElementCatalogs,
  type MessageOverrides,
  type Translator,
} from './i18n/localize.js';

/** The SDK client the elements talk through. */
export type Client = ReturnType<typeof createClient>;

/**
 * What every Enterprise Center element shares: where its client comes from (`client` property,
 * or `base-url` + `credentials` attributes for cookie-based proxies), its language (`locale`
 * attribute, else the page's `lang`) and text overrides (`messages`), and a lifetime signal that
 * aborts every request when the element leaves the page.
 */
export abstract class EnterpriseCenterElement<K extends string> extends LitElement {
  static override styles = [sharedStyles];

  /** An SDK client (any auth the SDK supports). Takes precedence over `base-url`. */
  @property({ attribute: false }) accessor client: Client | undefined = undefined;

  /** Base URL of the API or of a same-origin proxy; used when no `client` is given. */
  @property({ attribute: 'base-url' }) accessor baseUrl = '';

  /** Fetch credentials mode for the client built from `base-url` (e.g. `include` for cookies). */
  @property() accessor credentials: RequestCredentials | undefined = undefined;

  /** `en` or `zh-CN`; defaults to the nearest `lang` attribute. */
  @property({ reflect: true }) accessor locale: string | undefined = undefined;

  /** Text overrides by message key, e.g. `{ 'invite.submit': 'Send invitation' }`. */
  @property({ attribute: false }) accessor messages: MessageOverrides = {};

  /** The element's own texts in every locale. */
  protected abstract readonly catalogs: ElementCatalogs<K>;

  #lifetime = new AbortController();
  #ownClient: { key: string; client: Client } | undefined;
  #translator: { messages: MessageOverrides; t: Translator<K> } | undefined;

  override connectedCallback(): void {
    // A fresh signal before Lit's controllers hear of the (re)connection, so work they restart
    // is not born aborted.
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lifetime.abort();
  }

  /** Aborted when the element is removed from the page: pass it (or a child of it) to requests. */
  protected get lifetimeSignal(): AbortSignal {
    return this.#lifetime.signal;
  }

  /** The client to use, or `undefined` when the element is not configured. */
  protected get api(): Client | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl) return undefined;
    const key = `${this.baseUrl}|${this.credentials ?? ''}`;
    if (this.#ownClient?.key !== key) {
      const options = this.credentials
        ? { baseUrl: this.baseUrl, credentials: this.credentials }
        : { baseUrl: this.baseUrl };
      this.#ownClient = { key, client: createClient(options) };
    }
    return this.#ownClient.client;
  }

  /** The translator for the current locale and overrides. */
  protected get t(): Translator<K> {
    const locale = resolveLocale(this.locale, this);
    if (this.#translator?.t.locale !== locale || this.#translator.messages !== this.messages) {
      const t = createTranslator(locale, this.catalogs, this.messages);
      this.#translator = { messages: this.messages, t };
    }
    return this.#translator.t;
  }
}
