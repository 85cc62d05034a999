import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  computeFunding,
  loadFundingSchemes,
  formatDate,
  formatMoney,
  formatNumber,
  localize,
  localizeOr,
  parseDateText,
  type FundingInput,
  type FundingLine,
  type FundingResult,
  type FundingScheme,
  type Locale,
  type RulePack,
} from '../../shared/engines.js';
import { fundingSchemesLoaded } from '../../shared/funding/compute-funding/schemes.js';
import { addMonths } from '../../shared/calendar/date-math/index.js';
import { toDate, toIsoDate } from '../../shared/calendar/iso-date.js';
import { defineElement } from '../internal/define.js';
import { messagesFor, selectField, textField } from '../internal/form-field.js';
import { SaksvaktElement, jsonConverter, booleanTextConverter } from '../internal/saksvakt-element.js';
import { baseStyles, tokens } from '../internal/tokens.styles.js';
import { messages, translate, type FundingCalculatorMessages } from './funding-calculator.messages.js';
import { styles } from './funding-calculator.styles.js';

const SCHEMES: FundingScheme[] = ['vekstbedrift', 'sel85', 'sel97', 'sel109'];
const SCHEME_LABELS: Record<FundingScheme, keyof FundingCalculatorMessages> = {
  vekstbedrift: 'schemeVekstbedrift',
  sel85: 'schemeSel85',
  sel97: 'schemeSel97',
  sel109: 'schemeSel109',
};

/** Reads a typed date: ISO or dd.mm.yyyy; text that is no date goes to the engine as typed, which says so at the field. */
function dateValue(text: string): string | undefined {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return undefined;
  return parseDateText(trimmed) ?? trimmed;
}

/**
 * @tagname funding-calculator
 * @summary Prices a place or service under a rule pack's funding rules and explains the figure line by line, each with its source.
 *
 * @event funding-change - The user changed an input. `detail` is the new result, the same object as `result`.
 * @event change - Native change event, fired together with `funding-change` for form integrations.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The wrapper around everything.
 * @csspart field - Each labelled input with its messages.
 * @csspart amount - The headline amount.
 * @csspart lines - The explanation table.
 *
 * @cssproperty --sv-accent - Accent colour; falls back to Designsystemet's `--ds-color-accent-base-default` and Aksel's `--ax-bg-accent-strong`.
 * @cssproperty --sv-font-family - Font family; falls back to `--ds-font-family`.
 * @cssproperty --sv-funding-amount-size - Size of the headline amount. Default `2rem`.
 */
export class FundingCalculator extends SaksvaktElement {
  protected readonly ownMessages = messages;

  static override styles = [tokens, baseStyles, styles];

  /** Funding scheme: `vekstbedrift`, `sel85`, `sel97` or `sel109`. Default: the pack's first. */
  @property({ reflect: true }) scheme = '';
  /** Date whose year's rate applies (`YYYY-MM-DD` or `dd.mm.yyyy`). */
  @property() date = '';
  /** Number of places (vekstbedrift). Default 1. */
  @property() places: string | number = '';
  /** Number of months (vekstbedrift). Default 12. */
  @property() months: string | number = '';
  /** When the place began; before the guideline's date it keeps old terms. */
  @property({ attribute: 'place-start' }) placeStart = '';
  /** Individual staffing supplement, kr per place per month. */
  @property({ attribute: 'individual-supplement' }) individualSupplement: string | number = '';
  /** Budget frame in kr; default the pack's frame for the year. */
  @property({ attribute: 'budget-frame' }) budgetFrame: string | number = '';
  /** Date notice was given. */
  @property({ attribute: 'notice-given' }) noticeGiven = '';
  /** State rates the user enters by year, for years the pack lacks: `{"2024": 16200}`. */
  @property({ attribute: 'state-rates', converter: jsonConverter }) stateRates: Record<string, string | number> = {};
  /** Tier id for § 85, e.g. `trin-3`. */
  @property({ reflect: true }) tier = '';
  /** Day rate (X or Y) for § 85, kr per døgn. */
  @property({ attribute: 'day-rate' }) dayRate: string | number = '';
  /** `socialpsychiatric` (X) or `socialpedagogical` (Y). */
  @property({ attribute: 'day-rate-kind' }) dayRateKind = '';
  /** § 97 grant date. */
  @property({ attribute: 'grant-start' }) grantStart = '';
  /** § 97 hours used by month: `{"2025-01": 5}`. */
  @property({ attribute: 'hours-used', converter: jsonConverter }) hoursUsed: Record<string, string | number> = {};
  /** § 97 amount table: `municipal` or `national`. */
  @property() basis = '';
  /** § 109 arrival date. */
  @property() arrival = '';
  /** § 109 number of døgn. */
  @property() days: string | number = '';
  /** § 109 departure date (instead of days). */
  @property() departure = '';
  /** § 109: whether the resident has an income. */
  @property({ attribute: 'has-income', converter: booleanTextConverter }) hasIncome = true;
  /** § 109 rates the user enters by year. */
  @property({ attribute: 'rates-per-day', converter: jsonConverter }) ratesPerDay: Record<string, string | number> = {};

  private lastGood?: FundingResult;

  /** The engine's result for the current inputs (read-only); `undefined` without a valid pack. */
  get result(): FundingResult | undefined {
    return this.computeOnce((pack) => (this.schemesReady(pack) ? computeFunding(pack, this.engineInput(pack), { lang: this.locale }) : undefined));
  }

  /**
   * Whether the formulas of the pack's funding schemes are loaded; if not, loads them and updates
   * after. A built-in pack brings its own; a pack object or JSON of the vendor's waits a moment.
   */
  private schemesReady(pack: RulePack): boolean {
    if (fundingSchemesLoaded(pack)) return true;
    void loadFundingSchemes(pack).then(() => this.requestUpdate(), (error: unknown) => console.error(error));
    return false;
  }

  private activeScheme(pack: RulePack | undefined): FundingScheme | string {
    if (this.scheme) return this.scheme;
    return SCHEMES.find((scheme) => pack?.funding?.[scheme]) ?? '';
  }

  private engineInput(pack: RulePack): FundingInput {
    const scheme = this.activeScheme(pack);
    switch (scheme) {
      case 'sel85':
        return { scheme, tier: this.tier || pack.funding?.sel85?.multipliers[0]?.tier || '', dayRate: this.dayRate, ...(this.dayRateKind ? { dayRateKind: this.dayRateKind } : {}) };
      case 'sel97':
        return {
          scheme,
          date: dateValue(this.date)!,
          ...(dateValue(this.grantStart) ? { grantStart: dateValue(this.grantStart)! } : {}),
          hoursUsed: this.hoursUsed,
          ...(this.basis === 'municipal' || this.basis === 'national' ? { basis: this.basis } : {}),
        };
      case 'sel109':
        return {
          scheme,
          arrival: dateValue(this.arrival)!,
          ...(dateValue(this.departure) ? { departure: dateValue(this.departure)! } : { days: this.days }),
          hasIncome: this.hasIncome,
          ratesPerDay: this.ratesPerDay,
        };
      default:
        return {
          scheme: scheme as 'vekstbedrift',
          date: dateValue(this.date)!,
          places: this.places,
          months: this.months,
          ...(dateValue(this.placeStart) ? { placeStart: dateValue(this.placeStart)! } : {}),
          individualSupplement: this.individualSupplement,
          budgetFrame: this.budgetFrame,
          ...(dateValue(this.noticeGiven) ? { noticeGiven: dateValue(this.noticeGiven)! } : {}),
          stateRates: this.stateRates,
        };
    }
  }

  /** Applies a user's edit, then tells listeners. */
  private edit(apply: () => void) {
    apply();
    const result = this.result;
    if (result) this.emit('funding-change', result);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A <tier-selector> beside us (same parent) drives the § 85 tier.
    this.parentElement?.addEventListener('tier-change', this.onSiblingTierChange);
  }

  override disconnectedCallback(): void {
    this.parentElement?.removeEventListener('tier-change', this.onSiblingTierChange);
    super.disconnectedCallback();
  }

  private onSiblingTierChange = (event: Event) => {
    const detail = (event as CustomEvent<{ scale?: string; tier?: { id: string } | null }>).detail;
    if (event.target === this || detail?.scale !== 'sel85' || !detail.tier) return;
    const target = event.target as Element;
    const forId = target.getAttribute?.('for');
    if (forId && forId !== this.id) return;
    this.applyTier(detail.tier.id);
  };

  /**
   * Sets the § 85 tier chosen elsewhere (a tier selector) and recalculates; with `notify` (the
   * default) it fires `funding-change` as an edit does.
   */
  applyTier(tierId: string, notify = true): void {
    if (this.tier === tierId && this.activeScheme(this.resolvedPack().pack) === 'sel85') return;
    const apply = () => {
      this.tier = tierId;
      if (this.resolvedPack().pack?.funding?.sel85) this.scheme = 'sel85';
    };
    if (notify) this.edit(apply);
    else apply();
  }

  override updated(): void {
    const result = this.result;
    if (result?.ok) this.lastGood = result;
    this.updateFormValue(result?.ok ? result.amounts : undefined, result && !result.ok ? result.errors[0]?.message : undefined);
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = translate.bind(locale);
    const { pack, errors: packErrors } = this.resolvedPack();
    const heading = html`<h2 id="heading"><slot name="heading">${t('heading')}</slot>${pack ? html` <span class="hint">– ${localize(pack.name, locale)}</span>` : nothing}</h2>`;
    if (!pack) {
      return html`<section class="base" part="base" aria-labelledby="heading" lang=${locale}>
        ${heading}
        ${this.renderPackProblem(packErrors, { packErrors: t('packErrors'), noPack: t('noPack') })}
      </section>`;
    }
    // Like a pack still loading: nothing yet rather than a form without its result.
    if (!this.schemesReady(pack)) return html``;
    const scheme = this.activeScheme(pack);
    const result = this.result;
    const available = SCHEMES.filter((entry) => pack.funding?.[entry]);
    if (available.length === 0) {
      return html`<section class="base" part="base" aria-labelledby="heading" lang=${locale}>${heading}<p class="notice">${t('noScheme')}</p></section>`;
    }
    // A result that could not price everything (a later year without a published rate) still shows
    // what it could price, with its error; otherwise the last good result is shown, marked stale.
    const current = result && (result.ok || result.lines.length > 0) ? result : undefined;
    const shown = current ?? (this.lastGood && this.lastGood.scheme === scheme ? this.lastGood : undefined);
    const stale = shown !== undefined && shown !== current;
    const schemeError = messagesFor(result?.errors ?? [], 'scheme')[0];

    return html`<section class="base" part="base" aria-labelledby="heading" lang=${locale}>
      ${heading}
      <div class="fields">
        ${selectField({
          id: 'scheme',
          label: t('scheme'),
          value: scheme,
          options: [...available, ...(available.includes(scheme as FundingScheme) ? [] : [scheme])].map((entry) => ({ value: entry, label: entry in SCHEME_LABELS ? (t(SCHEME_LABELS[entry as FundingScheme]) as string) : entry })),
          ...(schemeError ? { error: schemeError } : {}),
          onChange: (value) => this.edit(() => (this.scheme = value)),
        })}
        ${this.renderSchemeFields(scheme, pack, result, locale)}
      </div>
      ${this.renderGeneralMessages(result, scheme)}
      <div class="result" aria-live="polite" aria-atomic="false">
        ${shown ? this.renderResult(shown, stale, locale) : nothing}
      </div>
    </section>`;
  }

  private field(result: FundingResult | undefined, name: string, label: string, value: unknown, onInput: (value: string) => void, extra: { hint?: string; placeholder?: string; inputmode?: 'decimal' | 'numeric' } = {}) {
    const error = this.fieldError(result?.errors ?? [], name);
    const warnings = messagesFor(result?.warnings ?? [], name);
    return textField({
      id: name,
      label,
      value: value === undefined || value === null ? '' : String(value),
      ...(error ? { error } : {}),
      warnings,
      ...extra,
      onInput: (text) => this.edit(() => (this.touched.add(name), onInput(text))),
    });
  }

  private renderSchemeFields(scheme: string, pack: RulePack, result: FundingResult | undefined, locale: Locale): TemplateResult {
    const t = translate.bind(locale);
    const date = { placeholder: t('datePlaceholder') };
    const number = { inputmode: 'decimal' as const };
    // A scheme the pack has no rules for (typed into the attribute): the engine's error stands at
    // the scheme field, and there is nothing of it to fill in.
    if (SCHEMES.includes(scheme as FundingScheme) && !pack.funding?.[scheme as FundingScheme]) return html``;
    switch (scheme) {
      case 'sel85': {
        const rules = pack.funding!.sel85!;
        const levels = pack.tiers?.sel85?.levels ?? [];
        const tierError = messagesFor(result?.errors ?? [], 'tier')[0];
        return html`
          ${selectField({
            id: 'tier',
            label: t('tier'),
            value: this.tier || rules.multipliers[0]!.tier,
            options: rules.multipliers.map((entry) => ({ value: entry.tier, label: localizeOr(levels.find((level) => level.id === entry.tier)?.label, entry.tier, locale) })),
            ...(tierError ? { error: tierError } : {}),
            onChange: (value) => this.edit(() => (this.tier = value)),
          })}
          ${selectField({
            id: 'dayRateKind',
            label: t('dayRateKind'),
            value: this.dayRateKind || rules.dayRates[0]!.id,
            options: rules.dayRates.map((entry) => ({ value: entry.id, label: localize(entry.label, locale) })),
            onChange: (value) => this.edit(() => (this.dayRateKind = value)),
          })}
          ${this.field(result, 'dayRate', t('dayRate'), this.dayRate, (value) => (this.dayRate = value), number)}
        `;
      }
      case 'sel97':
        return html`
          ${this.field(result, 'date', t('date'), this.date, (value) => (this.date = value), date)}
          ${this.field(result, 'grantStart', t('grantStart'), this.grantStart, (value) => (this.grantStart = value), date)}
          ${selectField({
            id: 'basis',
            label: t('basis'),
            value: this.basis || pack.funding!.sel97!.defaultBasis,
            options: [
              { value: 'municipal', label: t('basisMunicipal') },
              { value: 'national', label: t('basisNational') },
            ],
            warnings: messagesFor(result?.warnings ?? [], 'basis'),
            onChange: (value) => this.edit(() => (this.basis = value)),
          })}
          ${this.previousMonths().map((month) =>
            this.field(result, `hoursUsed.${month}`, t('hoursUsedIn', { month }), this.hoursUsed[month], (value) => (this.hoursUsed = { ...this.hoursUsed, [month]: value }), number),
          )}
        `;
      case 'sel109':
        return html`
          ${this.field(result, 'arrival', t('arrival'), this.arrival, (value) => (this.arrival = value), date)}
          ${this.field(result, 'days', t('days'), this.days, (value) => (this.days = value), { inputmode: 'numeric' })}
          ${this.field(result, 'departure', t('departure'), this.departure, (value) => (this.departure = value), date)}
          <div class="field checkbox" part="field">
            <input id="hasIncome" type="checkbox" .checked=${this.hasIncome} @change=${(event: Event) => this.edit(() => (this.hasIncome = (event.target as HTMLInputElement).checked))} />
            <label for="hasIncome">${t('hasIncome')}</label>
          </div>
          ${this.missingRateFields(result, 'ratesPerDay', this.ratesPerDay, (rates) => (this.ratesPerDay = rates), t)}
        `;
      default:
        return html`
          ${this.field(result, 'date', t('date'), this.date, (value) => (this.date = value), date)}
          ${this.field(result, 'places', t('places'), this.places, (value) => (this.places = value), { inputmode: 'numeric' })}
          ${this.field(result, 'months', t('months'), this.months, (value) => (this.months = value), { inputmode: 'numeric' })}
          ${this.missingRateFields(result, 'stateRates', this.stateRates, (rates) => (this.stateRates = rates), t)}
          ${this.field(result, 'placeStart', t('placeStart'), this.placeStart, (value) => (this.placeStart = value), date)}
          ${this.field(result, 'individualSupplement', t('individualSupplement'), this.individualSupplement, (value) => (this.individualSupplement = value), number)}
          ${this.field(result, 'budgetFrame', t('budgetFrame'), this.budgetFrame, (value) => (this.budgetFrame = value), number)}
          ${this.field(result, 'noticeGiven', t('noticeGiven'), this.noticeGiven, (value) => (this.noticeGiven = value), date)}
        `;
    }
  }

  /** A field for each year the pack has no rate for (and for each the user already entered). */
  private missingRateFields(
    result: FundingResult | undefined,
    field: 'stateRates' | 'ratesPerDay',
    entered: Record<string, string | number>,
    set: (rates: Record<string, string | number>) => void,
    t: ReturnType<typeof translate.bind>,
  ) {
    const years = new Set(Object.keys(entered));
    for (const error of result?.errors ?? []) if (error.code === 'rate-missing' && error.field?.startsWith(`${field}.`)) years.add(error.field.slice(field.length + 1));
    return [...years].sort().map((year) =>
      this.field(result, `${field}.${year}`, t('stateRateFor', { year: Number(year) }), entered[year], (value) => set({ ...entered, [year]: value }), { inputmode: 'decimal', hint: t('stateRateHint') }),
    );
  }

  /** The months before `date` whose unused hours can still count (at most 6). */
  private previousMonths(): string[] {
    const date = parseDateText(this.date ?? '');
    if (!date) return [];
    const current = toDate(date);
    const grant = parseDateText(this.grantStart ?? '');
    const sixMonthsBefore = addMonths(current, -6);
    const from = grant && toDate(grant) > sixMonthsBefore ? toDate(grant) : sixMonthsBefore;
    const months: string[] = [];
    const monthOf = (date: Date) => toIsoDate(date).slice(0, 7);
    for (let month = from; monthOf(month) < monthOf(current); month = addMonths(month, 1)) months.push(monthOf(month));
    return months;
  }

  private renderGeneralMessages(result: FundingResult | undefined, scheme: string) {
    if (!result) return nothing;
    const shownFields = new Set(['scheme', 'date', 'places', 'months', 'placeStart', 'individualSupplement', 'budgetFrame', 'noticeGiven', 'tier', 'dayRate', 'dayRateKind', 'grantStart', 'basis', 'arrival', 'days', 'departure', 'stateRates', 'ratesPerDay', 'hoursUsed']);
    const general = [...result.errors, ...result.warnings].filter((issue) => !issue.field || !shownFields.has(issue.field.split(/[.[]/)[0]!) || (scheme === 'sel97' && issue.field === 'hoursUsed'));
    if (general.length === 0) return nothing;
    return html`<ul class="warning">${general.map((issue) => html`<li>${issue.message}</li>`)}</ul>`;
  }

  private renderResult(result: FundingResult, stale: boolean, locale: Locale) {
    const t = translate.bind(locale);
    const money = (value: number) => formatMoney(value, result.currency, locale);
    const headline = (() => {
      const amounts = result.amounts;
      switch (result.scheme) {
        case 'sel85':
          return amounts.weekly === undefined ? undefined : { main: money(amounts.weekly), caption: t('perWeek') };
        case 'sel97':
          return amounts.hoursAvailable === undefined ? undefined : { main: formatNumber(amounts.hoursAvailable, locale), caption: t('hoursAvailable') };
        case 'sel109':
          return amounts.ownPayment === undefined ? undefined : { main: money(amounts.ownPayment), caption: t('ownPayment') };
        default:
          return amounts.monthlyPerPlace === undefined ? undefined : { main: money(amounts.monthlyPerPlace), caption: t('perPlacePerMonth'), total: amounts.total };
      }
    })();
    return html`<div class=${stale ? 'stale' : ''}>
      ${stale ? html`<p class="notice" role="status">${t('lastGood')}</p>` : nothing}
      ${headline
        ? html`<p class="headline"><span class="amount" part="amount">${headline.main}</span><span>${headline.caption}</span>${
            'total' in headline && headline.total !== undefined ? html`<span class="secondary-amount">${t('total')}: ${money(headline.total)}</span>` : nothing
          }</p>`
        : nothing}
      <table part="lines">
        <caption class="visually-hidden">${t('explanation')}</caption>
        <tbody>
          ${result.lines.map((line) => this.renderLine(line, money, locale, t))}
        </tbody>
      </table>
    </div>`;
  }

  private renderLine(line: FundingLine, money: (value: number) => string, locale: Locale, t: ReturnType<typeof translate.bind>) {
    const figure =
      line.unit === 'currency' && line.amount !== null
        ? money(line.amount)
        : line.unit === 'date' && line.date
          ? formatDate(line.date, locale)
          : line.amount !== null
            ? formatNumber(line.amount, locale)
            : '';
    return html`<tr>
      <td>
        ${line.label}
        ${line.flag === 'needs-agreement' ? html`<span class="badge agreement">${t('needsAgreement')}</span>` : nothing}
        ${line.flag === 'user-entered' ? html`<span class="badge entered">${t('userEntered')}</span>` : nothing}
        ${line.source
          ? html`<div class="source">${t('source')}: <cite lang=${line.source.lang}>${line.source.document}, ${line.source.section}</cite>${line.source.note ? html` – ${line.source.note}` : nothing}</div>`
          : nothing}
      </td>
      <td class="figure">${figure}</td>
    </tr>`;
  }
}

defineElement('funding-calculator', FundingCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'funding-calculator': FundingCalculator;
  }
  interface HTMLElementEventMap {
    /** Fired by `<funding-calculator>` when the user changes an input; `detail` is the new result. */
    'funding-change': CustomEvent<FundingResult>;
  }
}
