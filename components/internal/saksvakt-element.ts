import { html, LitElement, type PropertyDeclaration, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, type Locale, type RulePack, type RulePackError } from '../../shared/engines.js';
import { BUILT_IN_PACK_IDS, isBuiltInPack, type BuiltInPackId, isBuiltInPackId, loadBuiltInPackInLanguage, loadedBuiltInPackInLanguage } from '../../shared/rule-packs/load.js';
import { engineTexts } from '../../shared/i18n/messages/engine-texts.js';
import type { LazyMessages } from '../../shared/i18n/translate.js';
import { atField, concernsField } from './form-field.js';

/** Elements re-render when the page's language changes (a demo's language picker, a portal's). */
const languageWatchers = new Set<SaksvaktElement>();
let documentLanguageObserver: MutationObserver | undefined;
function watchDocumentLanguage(element: SaksvaktElement, on: boolean) {
  if (on) languageWatchers.add(element);
  else languageWatchers.delete(element);
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (languageWatchers.size > 0 && !documentLanguageObserver) {
    documentLanguageObserver = new MutationObserver(() => languageWatchers.forEach((watcher) => watcher.requestUpdate()));
    documentLanguageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (languageWatchers.size === 0 && documentLanguageObserver) {
    documentLanguageObserver.disconnect();
    documentLanguageObserver = undefined;
  }
}

export type ResolvedPack = { pack?: RulePack; errors: RulePackError[]; pending?: boolean };

type Parser = typeof import('../../shared/rule-pack/parse-rule-pack/index.js').parseRulePack;
let parser: Parser | undefined;
let parserLoading: Promise<Parser> | undefined;
/** The validator loads only when a custom pack is given: built-in packs need none, and it is most of the bundle. */
function loadParser(): Promise<Parser> {
  parserLoading ??= import('../../shared/rule-pack/parse-rule-pack/index.js').then((module) => (parser = module.parseRulePack));
  return parserLoading;
}

type ValidationTexts = typeof import('../../shared/i18n/messages/validation.js');
let validationTexts: ValidationTexts | undefined;
/** The validator's texts, in one language, loaded like the validator: only for a custom pack or a pack problem. */
function loadValidationTexts(locale: Locale): Promise<unknown> {
  return import('../../shared/i18n/messages/validation.js').then((module) => ((validationTexts = module), module.validationMessages.load(locale)));
}
const validationTextsLoaded = (locale: Locale) => validationTexts?.validationMessages.isLoaded(locale) ?? false;

const customPacks = new Map<unknown, Map<Locale, ResolvedPack>>();
const objectPacks = new WeakMap<object, Map<Locale, ResolvedPack>>();

/** The built-in pack id a `pack` value names, if it names one. */
function builtInPackIdOf(value: unknown): BuiltInPackId | undefined {
  const id = typeof value === 'string' ? value.trim() : undefined;
  return isBuiltInPackId(id) ? id : undefined;
}

/**
 * Resolves a `pack` value: a built-in pack id, pack JSON text, or a pack object. A built-in id
 * gives that pack in `locale` alone (every text in the element's language only, `packInLanguage`).
 * Custom packs go through `parseRulePack`, so a malformed pack gives readable errors instead of a
 * broken element. A pack may resolve after a moment (`pending`) — a built-in pack loads the first
 * time its id is used in a language, the validator the first time a custom pack is given;
 * `onReady` then runs.
 */
export function resolvePack(value: unknown, locale: Locale, onReady?: () => void): ResolvedPack {
  if (value === undefined || value === null || value === '') return { errors: [] };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (isBuiltInPackId(trimmed)) {
      const pack = loadedBuiltInPackInLanguage(trimmed, locale);
      if (pack) return { pack, errors: [] };
      void loadBuiltInPackInLanguage(trimmed, locale).then(() => onReady?.(), (error: unknown) => console.error(error));
      return { errors: [], pending: true };
    }
    if (!trimmed.startsWith('{')) {
      if (!validationTexts || !validationTextsLoaded(locale)) {
        void loadValidationTexts(locale).then(() => onReady?.());
        return { errors: [], pending: true };
      }
      const message = validationTexts.translateValidation(locale, 'unknownPack', { id: trimmed, known: BUILT_IN_PACK_IDS.join(', ') });
      return { errors: [{ path: [], pathText: '', code: 'unknown-pack', message }] };
    }
  } else if (isBuiltInPack(value)) {
    return { pack: value as RulePack, errors: [] };
  }
  const cacheFor = (typeof value === 'object' ? objectPacks.get(value as object) : customPacks.get(value)) ?? new Map<Locale, ResolvedPack>();
  if (typeof value === 'object') objectPacks.set(value as object, cacheFor);
  else customPacks.set(value, cacheFor);
  const cached = cacheFor.get(locale);
  if (cached) return cached;
  if (!parser || !validationTextsLoaded(locale)) {
    void Promise.all([loadParser(), loadValidationTexts(locale)]).then(() => onReady?.());
    return { errors: [], pending: true };
  }
  const parsed = parser(value, { lang: locale });
  const resolved: ResolvedPack = parsed.ok ? { pack: parsed.pack, errors: [] } : { errors: parsed.errors };
  cacheFor.set(locale, resolved);
  return resolved;
}

/** Reads a list attribute: dates or ids separated by commas, semicolons or spaces. */
export const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ? value.split(/[\s,;]+/).filter(Boolean) : []),
  toAttribute: (value: string[] | undefined): string | null => (value && value.length ? value.join(' ') : null),
};

/** The events an element fires on user input: its own (documented on each element) and `change`. */
function userInputEvents<T>(name: string, detail: T): Event[] {
  return [new CustomEvent<T>(name, { detail, bubbles: true, composed: true }), new Event('change', { bubbles: true })];
}

/**
 * What the three Saksvakt elements share: the rule pack, the user's language (the element's own
 * `lang`, else the nearest ancestor's, else the browser's), events that bubble out of shadow
 * roots, and form association so a vendor's form receives the value and validity.
 */
export abstract class SaksvaktElement extends LitElement {
  static formAssociated = true;

  // Reading `pack` gives back what was set (a built-in id stays the id); the pack in the element's
  // language that it computes with stays inside (see `resolvePack`, README "Install in your portal").
  /** The rule pack: a built-in id (`no-alver-vekstbedrift`, `dk-vejle-voksen`, `no-molde-arbeid-aktivitet`), pack JSON, or a pack object. */
  @property({ attribute: 'pack' }) pack: string | RulePack | object = '';

  /** Name under which a vendor's form receives the result. */
  @property({ reflect: true }) name = '';

  protected readonly internals?: ElementInternals;

  /** The element's own texts, one language loaded at a time (`<element>.messages.ts`). */
  protected abstract readonly ownMessages: LazyMessages<unknown>;

  /**
   * Whether the texts the element shows in `locale` are loaded: the engines' and the element's
   * messages, and, for a built-in pack id, that pack in `locale`.
   */
  protected languageLoaded(locale: Locale = this.locale): boolean {
    const packId = builtInPackIdOf(this.pack);
    return engineTexts.isLoaded(locale) && this.ownMessages.isLoaded(locale) && (!packId || loadedBuiltInPackInLanguage(packId, locale) !== undefined);
  }

  /** Loads what `languageLoaded(locale)` waits for, all at once. */
  protected loadLanguage(locale: Locale): Promise<unknown> {
    const packId = builtInPackIdOf(this.pack);
    return Promise.all([engineTexts.load(locale), this.ownMessages.load(locale), packId && loadBuiltInPackInLanguage(packId, locale)]);
  }

  /**
   * Renders only once the texts of the element's language are there (messages, and a built-in
   * pack in that language): the first render waits for them (the element stays empty a moment
   * rather than flash another language), and a change of language, or of built-in pack, keeps the
   * old content until the new one has loaded. `updateComplete` resolves after that render, so it
   * still means "the real content is shown".
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.languageLoaded() ? super.scheduleUpdate() : this.updateOnceLanguageLoaded();
  }

  private async updateOnceLanguageLoaded(): Promise<void> {
    // The language may change while one loads (a `lang` set meanwhile): load until the current one is there.
    for (let locale = this.locale; !this.languageLoaded(locale); locale = this.locale) {
      try {
        await this.loadLanguage(locale);
      } catch (error) {
        // Offline or a missing chunk: render anyway, so the failure (MessagesNotLoadedError,
        // naming the language; a pack still pending shows nothing) surfaces, and the next update
        // tries the load again.
        console.error(error);
        break;
      }
    }
    await super.scheduleUpdate();
  }

  /** Fields the user has edited: an empty required field is not marked wrong before it is touched. */
  protected readonly touched = new Set<string>();

  /** The error to show at a field, its "field: " prefix removed; none for a required field not yet touched. */
  protected fieldError(errors: readonly { field?: string; fieldLabel?: string; code: string; message: string }[], field: string): string | undefined {
    const error = errors.find((issue) => concernsField(issue, field));
    if (!error || (error.code === 'required' && !this.touched.has(field))) return undefined;
    return atField(error);
  }

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // Older engines without form association: the element still works, without form value.
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLanguage(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLanguage(this, false);
  }

  /** The UI language: own `lang`, nearest ancestor's (across shadow roots), else the browser's. */
  get locale(): Locale {
    let node: Node | null = this;
    while (node) {
      if (node instanceof Element && node.getAttribute('lang')) return resolveLocale(node.getAttribute('lang'));
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return resolveLocale(typeof navigator === 'undefined' ? 'en' : navigator.language);
  }

  protected resolvedPack(): ResolvedPack {
    return resolvePack(this.pack, this.locale, () => this.requestUpdate());
  }

  private cachedResult?: { value: unknown };

  /** Every input change (property or attribute) invalidates the cached result. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    this.cachedResult = undefined;
    super.requestUpdate(name, oldValue, options);
  }

  /**
   * The engine's result for the current inputs, computed once per change of inputs, so `result`
   * is always in step with them, even before the element has rendered.
   */
  protected computeOnce<T>(compute: (pack: RulePack) => T): T | undefined {
    // `result` read before the language's texts are there: none yet; the element updates once they are.
    if (!this.languageLoaded()) {
      void this.loadLanguage(this.locale).then(() => this.requestUpdate(), () => undefined);
      return undefined;
    }
    if (!this.cachedResult) {
      const { pack } = this.resolvedPack();
      this.cachedResult = { value: pack ? compute(pack) : undefined };
    }
    return this.cachedResult.value as T | undefined;
  }

  /** What to show instead of the element when its pack is missing or malformed. */
  protected renderPackProblem(errors: readonly RulePackError[], messages: { packErrors: string; noPack: string }): TemplateResult {
    // A pack still loading is no problem to report: the element renders again once it is there.
    if (this.resolvedPack().pending) return html``;
    return errors.length
      ? html`<div role="alert"><p class="error">${messages.packErrors}</p><ul>${errors.map((error) => html`<li>${error.message}</li>`)}</ul></div>`
      : html`<p class="notice">${messages.noPack}</p>`;
  }

  /** Fires our event (bubbling out of shadow roots) and a native `change`, on user input only. */
  protected emit<T>(name: string, detail: T): void {
    for (const event of userInputEvents(name, detail)) this.dispatchEvent(event);
  }

  /** Hands the result to an enclosing form: its value as JSON, invalid while it has errors. */
  protected updateFormValue(value: unknown, error: string | undefined): void {
    if (!this.internals) return;
    this.internals.setFormValue(value === undefined ? null : JSON.stringify(value));
    if (error) this.internals.setValidity({ customError: true }, error);
    else this.internals.setValidity({});
  }
}

/** Reads a JSON attribute (`{"2024": 16200}`); text that is not JSON leaves an empty object. */
export const jsonConverter = {
  fromAttribute: (value: string | null): Record<string, string | number> => {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string | number>) : {};
    } catch {
      return {};
    }
  },
  toAttribute: (value: Record<string, unknown>): string | null => (value && Object.keys(value).length ? JSON.stringify(value) : null),
};

/** A boolean attribute written as text: `false`, `no`, `nei`, `nej` and `0` are false; anything else true. */
export const booleanTextConverter = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(false|no|nei|nej|0)$/i.test(value.trim()),
  toAttribute: (value: boolean): string => String(value),
};

/** Reads a JSON list attribute (`[{"obligation": "follow-up", …}]`); text that is not a JSON list leaves an empty list. */
export const jsonListConverter = {
  fromAttribute: (value: string | null): unknown[] => {
    try {
      const parsed: unknown = JSON.parse(value ?? '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  },
  toAttribute: (value: unknown[]): string | null => (value && value.length ? JSON.stringify(value) : null),
};
