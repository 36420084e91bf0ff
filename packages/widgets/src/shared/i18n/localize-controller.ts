import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasLocale, loadLocale, translatorFor, type ElementCatalogs } from './catalogs.js';
import { resolveLocale, type Locale } from './locale.js';
import type { MessageOverrides, Translator } from './translator.js';

/** What a {@link LocalizeController} reads from its element. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The `locale` attribute: wins over every `lang`. */
  locale: string | undefined;
  /** Host-supplied texts by key. */
  messages: MessageOverrides;
}

/** Elements on the page, told when the document's `lang` changes. */
const connected = new Set<LocalizeHost>();

/**
 * One observer for every element (as Shoelace's LocalizeController has): a change of `lang` on the
 * document element re-renders every element; on an element, that element.
 */
let observer: MutationObserver | undefined;

function observeLang(host: LocalizeHost): void {
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const { target } of records) {
        if (target === document.documentElement) connected.forEach((el) => el.requestUpdate());
        else if (connected.has(target as LocalizeHost)) (target as LocalizeHost).requestUpdate();
      }
    });
    observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  }
  // Observing a node again only renews its options; a removed element's records are ignored.
  observer.observe(host, { attributeFilter: ['lang'] });
}

/**
 * An element's language and texts, in the manner of `@lit/localize`'s and Shoelace's controllers.
 * On connect and on every update it resolves the locale: the `locale` attribute, else the nearest
 * `lang` (through shadow roots), else the document's, else English. It starts loading a locale's
 * texts the first time an element needs them (each catalog loads once, shared by every element)
 * and re-renders the element when they are here. `t` is built once per locale and overrides.
 *
 * While a newly chosen language loads, `t` keeps speaking the previous one (no flash of English);
 * before any language is ready (`ready` false) the element shows its loading state, whose text
 * every locale has inline. A failed load leaves English standing in.
 */
export class LocalizeController<K extends string> implements ReactiveController {
  /** The language the element should speak. */
  locale: Locale = 'en';

  readonly #host: LocalizeHost;
  readonly #catalogs: ElementCatalogs<K>;
  /** Locales whose texts failed to load for this element: English stands in for them. */
  readonly #failed = new Set<Locale>();
  /** Locales this controller started loading (each once, until it fails). */
  readonly #requested = new Set<Locale>();
  #cache: { locale: Locale; messages: MessageOverrides; complete: boolean; t: Translator<K> };

  constructor(host: LocalizeHost, catalogs: ElementCatalogs<K>) {
    this.#host = host;
    this.#catalogs = catalogs;
    // Nothing spoken yet: the first update decides (loading state until the texts are here).
    this.#cache = { locale: 'en', messages: {}, complete: false, t: translatorFor('en', catalogs) };
    host.addController(this);
  }

  /** Looks a text up in the language the element speaks now, with the host's overrides. */
  get t(): Translator<K> {
    return this.#cache.t;
  }

  /** Whether `t` speaks a language whose texts are all here (or English standing in). */
  get ready(): boolean {
    return this.#cache.complete;
  }

  hostConnected(): void {
    connected.add(this.#host);
    observeLang(this.#host);
    this.#update();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  hostUpdate(): void {
    this.#update();
  }

  /** Resolves the locale, starts loading its texts if need be, and rebuilds `t` if it changed. */
  #update(): void {
    const locale = resolveLocale(this.#host.locale, this.#host);
    this.locale = locale;
    const complete = hasLocale(locale, this.#catalogs) || this.#failed.has(locale);
    if (!complete) this.#load(locale);
    const cache = this.#cache;
    // A language still loading: keep speaking the one before, if it was complete.
    const spoken = complete || !cache.complete ? locale : cache.locale;
    const { messages } = this.#host;
    const spokenComplete = complete || spoken !== locale;
    if (
      cache.locale !== spoken ||
      cache.messages !== messages ||
      cache.complete !== spokenComplete
    ) {
      this.#cache = {
        locale: spoken,
        messages,
        complete: spokenComplete,
        t: translatorFor(spoken, this.#catalogs, messages),
      };
    }
  }

  #load(locale: Locale): void {
    if (this.#requested.has(locale)) return;
    this.#requested.add(locale);
    loadLocale(locale, this.#catalogs)
      .catch(() => {
        // English stands in (every key has an English text); a later element tries again.
        this.#failed.add(locale);
        this.#requested.delete(locale);
      })
      .then(() => this.#host.requestUpdate());
  }
}
