import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { createClient } from '@enterprise-center/sdk';
import { sharedStyles } from './styles.js';
import {
  createTranslator,
  hasLocale,
  loadLocale,
  resolveLocale,
  type Locale,
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

  /**
   * Lit's reactive properties, declared as data instead of by decorators (ADR 0461); the fields
   * keep their initial values and docs. Subclasses list their own: an attribute's name, a type to
   * convert it to, and `attribute: false` for internal state (what `state: true` means to Lit,
   * but the manifest analyzer would list a `state: true` entry as an attribute).
   */
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    credentials: {},
    locale: { reflect: true },
    messages: { attribute: false },
  };

  /** An SDK client (any auth the SDK supports). Takes precedence over `base-url`. */
  client: Client | undefined = undefined;

  /** Base URL of the API or of a same-origin proxy; used when no `client` is given. */
  baseUrl = '';

  /** Fetch credentials mode for the client built from `base-url` (e.g. `include` for cookies). */
  credentials: RequestCredentials | undefined = undefined;

  /** `en` or `zh-CN`; defaults to the nearest `lang` attribute. */
  locale: string | undefined = undefined;

  /** Text overrides by message key, e.g. `{ 'invite.submit': 'Send invitation' }`. */
  messages: MessageOverrides = {};

  /** The element's own texts in every locale. */
  protected abstract readonly catalogs: ElementCatalogs<K>;

  #lifetime = new AbortController();
  #ownClient: { key: string; client: Client } | undefined;
  /** The locale whose texts are being loaded, or failed to load (then English stands in). */
  #textsLoad: { locale: Locale; failed: boolean } | undefined;

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
    const { client, baseUrl, credentials } = this;
    if (client) return client;
    if (!baseUrl) return undefined;
    const key = `${baseUrl}|${credentials ?? ''}`;
    if (this.#ownClient?.key !== key) {
      this.#ownClient = { key, client: createClient({ baseUrl, credentials }) };
    }
    return this.#ownClient.client;
  }

  /** The translator for the current locale and overrides (English while other texts load). */
  protected get t(): Translator<K> {
    return createTranslator(this.#locale(), this.catalogs, this.messages);
  }

  /**
   * Whether the texts of the element's language are still on their way (`zh-CN`, from a chunk
   * beside the bundle): `render()` then shows {@link renderTextsLoading} instead of English.
   */
  protected get textsLoading(): boolean {
    return !hasLocale(this.#locale(), this.catalogs) && !this.#textsLoad?.failed;
  }

  /**
   * The loading state shown while the texts load, already in the element's language: Chinese, the
   * one language whose texts load on demand (English is always inline, ADR 0453).
   */
  protected renderTextsLoading(): TemplateResult {
    const text = this.messages['common.loading'] ?? '正在加载…';
    return html`<div class="base" part="base" aria-busy="true">
      <p role="status" part="status">${text}</p>
    </div>`;
  }

  /**
   * The element's locale. Its texts start loading (once) if they are not here yet, and the element
   * renders again when they are, or in English if they fail to load.
   */
  #locale(): Locale {
    const locale = resolveLocale(this.locale, this);
    if (!hasLocale(locale, this.catalogs) && this.#textsLoad?.locale !== locale) {
      const load = { locale, failed: false };
      this.#textsLoad = load;
      loadLocale(locale, this.catalogs)
        .catch(() => {
          // English stands in (every key has an English text); a later element tries again.
          load.failed = true;
        })
        .then(() => this.requestUpdate());
    }
    return locale;
  }
}
