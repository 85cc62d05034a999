import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  checkCadence,
  formatDate,
  localize,
  parseDateText,
  type CadenceOverride,
  type CadenceResult,
  type CaseInput,
  type CaseloadResult,
  type Locale,
  type Obligation,
  type ObligationStatus,
  type RulePack,
} from '../../shared/engines.js';
import { InputChecks } from '../../shared/rule-pack/input-checks.js';
import type { CadenceService } from '../../shared/rule-pack/schema.js';
import { defineElement } from '../internal/define.js';
import { atField, messagesFor, selectField, textField } from '../internal/form-field.js';
import { SaksvaktElement, jsonListConverter, listConverter } from '../internal/saksvakt-element.js';
import { baseStyles, tokens } from '../internal/tokens.styles.js';
import { messages, translate, type CadenceCheckerMessages } from './cadence-checker.messages.js';
import { styles } from './cadence-checker.styles.js';
import type { SortKey } from './caseload-order.js';
import type { CaseloadView } from './caseload-view.js';

const DATE_FIELDS = ['start', 'levelSince', 'arrival', 'informed', 'stayPlan', 'decisionReceived', 'received', 'answered', 'noticeGiven'] as const;
const LIST_FIELDS = ['followUps', 'sparringDiscussions', 'rateReviews', 'evaluationReports', 'collaborationMeetings', 'conversations', 'systemMeetings', 'guidelineEvaluations', 'departmentEvaluations', 'halfYearEvaluations'] as const;
type DateField = (typeof DATE_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];

const STATUS: Record<ObligationStatus, { key: keyof CadenceCheckerMessages; symbol: string }> = {
  overdue: { key: 'statusOverdue', symbol: '!' },
  'due-soon': { key: 'statusDueSoon', symbol: '◷' },
  ok: { key: 'statusOk', symbol: '✓' },
  'missing-data': { key: 'statusMissing', symbol: '?' },
};

type CaseloadViewModule = typeof import('./caseload-view.js');
let caseloadViewModule: CaseloadViewModule | undefined;
let caseloadViewLoading: Promise<CaseloadViewModule> | undefined;
/**
 * The caseload view (its engine, table, sort, filter, exports and styles), loaded once per page
 * the first time an element is in caseload mode: a page that shows one case never loads it.
 * A failed load (offline) is tried again by the next update.
 */
function loadCaseloadView(): Promise<CaseloadViewModule> {
  caseloadViewLoading ??= import('./caseload-view.js').then(
    (module) => (caseloadViewModule = module),
    (error: unknown) => {
      caseloadViewLoading = undefined;
      throw error;
    },
  );
  return caseloadViewLoading;
}

/** View state: changing it re-renders the caseload without checking it again. */
const VIEW_STATE = new Set<PropertyKey>(['sortKey', 'sortAscending', 'filter', 'overrideFor']);

function dateValue(text: string | undefined): string | undefined {
  const trimmed = (text ?? '').trim();
  return trimmed ? (parseDateText(trimmed) ?? trimmed) : undefined;
}

/** The inputs a service's rules read, so the form asks only for those. */
function fieldsUsedBy(service: CadenceService | undefined): { dates: DateField[]; lists: ListField[]; sessions: boolean } {
  const used = new Set<string>();
  let sessions = false;
  for (const rule of service?.obligations ?? []) {
    used.add(rule.anchor);
    if (rule.anchorFallback) used.add(rule.anchorFallback);
    if ('held' in rule && rule.held) used.add(rule.held);
    if (rule.kind === 'sessions') sessions = true;
  }
  if (used.has('levelSince')) used.add('start');
  return { dates: DATE_FIELDS.filter((field) => used.has(field)), lists: LIST_FIELDS.filter((field) => used.has(field)), sessions };
}

/**
 * @tagname cadence-checker
 * @summary Checks follow-up deadlines for one case (a timeline and the next action in words) or for a caseload (a sortable, filterable table with calendar and CSV export).
 *
 * @event cadence-change - The user changed an input or recorded an agreed date. `detail` is the new result, the same object as `result`.
 * @event change - Native change event, fired together with `cadence-change`.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The wrapper around everything.
 * @csspart field - Each labelled input with its messages.
 * @csspart next - The next action.
 * @csspart timeline - The list of past and coming follow-ups.
 * @csspart table - The caseload table.
 *
 * @cssproperty --sv-accent - Accent colour; falls back to Designsystemet's `--ds-color-accent-base-default` and Aksel's `--ax-bg-accent-strong`.
 * @cssproperty --sv-color-danger - Colour of overdue items (always paired with a symbol and a word).
 * @cssproperty --sv-color-warning - Colour of items due soon.
 * @cssproperty --sv-color-success - Colour of items on track.
 * @cssproperty --sv-caseload-height - Caseload mode: the height of the scrolling table of a long caseload (over 100 rows). Default `32rem`.
 */
export class CadenceChecker extends SaksvaktElement {
  protected readonly ownMessages = messages;

  static override styles = [tokens, baseStyles, styles];

  /** `case` (one case) or `caseload` (many cases in `cases`). */
  @property({ reflect: true }) mode: 'case' | 'caseload' = 'case';
  /** Service id from the pack, e.g. `sel85`, `sel108-asf-abi`, `vekstbedrift`. Default: the pack's first. */
  @property({ reflect: true }) service = '';
  /** Reference date (`YYYY-MM-DD` or `dd.mm.yyyy`); default today. Trainers set it. */
  @property() today = '';
  /** Grant or move-in date (`YYYY-MM-DD` or `dd.mm.yyyy`). */
  @property() start = '';
  /** Date the current tier began (§ 85 sparring group, "i samme støtte omfang i 12 mdr."); that rule is checked only when it is given. */
  @property({ attribute: 'level-since' }) levelSince = '';
  /** Arrival at a shelter or hostel (§§ 109/110). */
  @property() arrival = '';
  /** Date the municipality was informed of the stay (§§ 109/110). */
  @property() informed = '';
  /** Date the stay plan was made (§§ 109/110). */
  @property({ attribute: 'stay-plan' }) stayPlan = '';
  /** Date notice was given (Alver places): the earliest end is shown. */
  @property({ attribute: 'notice-given' }) noticeGiven = '';
  /** Date a refusal was received (§ 109 complaint deadline). */
  @property({ attribute: 'decision-received' }) decisionReceived = '';
  /** Date a complaint was received (Molde; § 109 complaint to the shelter). */
  @property() received = '';
  /** Date a complaint was answered in writing (Molde). */
  @property() answered = '';
  /** Dates of follow-ups held, as a list (attribute: separated by commas or spaces). */
  @property({ attribute: 'follow-ups', converter: listConverter }) followUps: string[] = [];
  /** Dates of sparring-group discussions held (§ 85). */
  @property({ attribute: 'sparring-discussions', converter: listConverter }) sparringDiscussions: string[] = [];
  /** Dates of rate reviews held (§ 108). */
  @property({ attribute: 'rate-reviews', converter: listConverter }) rateReviews: string[] = [];
  /** Dates evaluation reports were received (Alver). */
  @property({ attribute: 'evaluation-reports', converter: listConverter }) evaluationReports: string[] = [];
  /** Dates of collaboration meetings held (Alver). */
  @property({ attribute: 'collaboration-meetings', converter: listConverter }) collaborationMeetings: string[] = [];
  /** Dates of conversations held between vekstbedrift and participant (Alver). */
  @property({ attribute: 'conversations', converter: listConverter }) conversations: string[] = [];
  /** Dates of system-level meetings held (Alver; organisation-wide, checked only when given). */
  @property({ attribute: 'system-meetings', converter: listConverter }) systemMeetings: string[] = [];
  /** Dates the guideline was evaluated in the quality system (Alver; organisation-wide, checked only when given). */
  @property({ attribute: 'guideline-evaluations', converter: listConverter }) guidelineEvaluations: string[] = [];
  /** Dates of the department's overall evaluation (Molde, January; organisation-wide, checked only when given). */
  @property({ attribute: 'department-evaluations', converter: listConverter }) departmentEvaluations: string[] = [];
  /** Dates of the half-year evaluation of the year plan (Molde, August; organisation-wide, checked only when given). */
  @property({ attribute: 'half-year-evaluations', converter: listConverter }) halfYearEvaluations: string[] = [];
  /** Sessions held (§ 102). */
  @property() sessions: string | number = '';
  /** Recorded overrides: `[{ "obligation": "follow-up", "date": "2025-12-01", "reason": "…" }]`. */
  @property({ attribute: 'overrides', converter: jsonListConverter })
  overrides: CadenceOverride[] = [];
  /** Caseload mode: the cases (pseudonymous keys and dates only). */
  @property({ attribute: 'cases', converter: jsonListConverter })
  cases: CaseInput[] = [];
  /** Caseload mode: `all` or `overdue`. */
  @property({ reflect: true }) filter: 'all' | 'overdue' = 'all';

  @state() private sortKey: SortKey = 'urgency';
  @state() private sortAscending = true;
  @state() private overrideFor?: { id: string; dueDate: string; date: string; reason: string; errors: Record<string, string> };

  private lastGood?: CadenceResult;
  private listDrafts = new Map<ListField, string>();
  private editing = false;

  override willUpdate(changed: PropertyValues<this>): void {
    // A list set from outside replaces what the user was typing in it.
    if (!this.editing) for (const field of LIST_FIELDS) if (changed.has(field)) this.listDrafts.delete(field);
  }

  /** The engine's result for the current inputs (read-only): a `CadenceResult` for one case, a `CaseloadResult` in caseload mode. */
  get result(): CadenceResult | CaseloadResult | undefined {
    return this.computeOnce((pack) => {
      const options = { lang: this.locale, ...(dateValue(this.today) ? { today: dateValue(this.today)! } : {}) };
      return this.mode === 'caseload' ? this.checkCaseloadOnce(pack, options) : checkCadence(pack, this.caseInput(pack), options);
    });
  }

  private checkedCaseload?: { pack: RulePack; cases: readonly CaseInput[]; lang: Locale; today: string | undefined; result: CaseloadResult };
  private viewOnlyUpdate = false;

  /**
   * The caseload checked once per change of its inputs: sorting, filtering and scrolling reuse it.
   * None while the caseload view loads (its engine comes with it); the element updates once it is there.
   */
  private checkCaseloadOnce(pack: RulePack, options: { lang: Locale; today?: string }): CaseloadResult | undefined {
    if (!caseloadViewModule) {
      void loadCaseloadView().then(() => this.requestViewUpdate(), () => undefined);
      return undefined;
    }
    const cases = this.cases ?? [];
    const known = this.checkedCaseload;
    if (known && known.pack === pack && known.cases === cases && known.lang === options.lang && known.today === options.today) return known.result;
    const result = caseloadViewModule.checkCaseload(pack, cases, options);
    this.checkedCaseload = { pack, cases, lang: options.lang, today: options.today, result };
    return result;
  }

  /** A change of view state (sort, filter) keeps the checked caseload; any other change checks it again. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (!this.viewOnlyUpdate && !(name !== undefined && VIEW_STATE.has(name))) this.checkedCaseload = undefined;
    super.requestUpdate(name, oldValue, options);
  }

  private activeService(pack: RulePack | undefined): string {
    return this.service || pack?.cadence?.services[0]?.id || '';
  }

  private caseInput(pack: RulePack): CaseInput {
    const input: CaseInput = { service: this.activeService(pack) };
    for (const field of DATE_FIELDS) {
      const value = dateValue(this[field]);
      if (value) (input as Record<string, unknown>)[field] = value;
    }
    for (const field of LIST_FIELDS) {
      const values = (this[field] ?? []).map((entry) => dateValue(entry)).filter((entry): entry is string => entry !== undefined);
      if (values.length) (input as Record<string, unknown>)[field] = values;
    }
    if (this.sessions !== '' && this.sessions !== undefined && this.sessions !== null) input.sessions = this.sessions as number;
    if (this.overrides?.length) input.overrides = this.overrides;
    return input;
  }

  private edit(apply: () => void) {
    this.editing = true;
    apply();
    this.editing = false;
    const result = this.result;
    if (result) this.emit('cadence-change', result);
  }

  /**
   * In caseload mode, an update waits for the caseload view the first time (its module loads, the
   * page's language meanwhile): the old content stays until then, nothing empty is announced, and
   * `updateComplete` resolves once the table is shown, as it does for the language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.mode === 'caseload' && !caseloadViewModule ? this.updateOnceCaseloadViewLoaded() : super.scheduleUpdate();
  }

  private async updateOnceCaseloadViewLoaded(): Promise<void> {
    const locale = this.locale;
    // All at once rather than one after the other: the language the base class waits for next
    // (messages, and a built-in pack in that language) starts loading beside the view.
    if (!this.languageLoaded(locale)) void this.loadLanguage(locale).catch(() => undefined);
    try {
      await loadCaseloadView();
      // A `result` read while it loaded was none: forget it, so this render checks the caseload.
      this.requestViewUpdate();
    } catch (error) {
      // Offline or a missing chunk: render anyway, so the failure is said in the element.
      console.error(error);
    }
    await super.scheduleUpdate();
  }

  private caseloadView?: CaseloadView;
  private caseloadStylesAdopted = false;

  /** This element's caseload table, once its module is loaded; its styles join the element's then. */
  private caseloadViewOnce(): CaseloadView | undefined {
    if (!caseloadViewModule) return undefined;
    if (!this.caseloadStylesAdopted && this.renderRoot instanceof ShadowRoot) {
      this.caseloadStylesAdopted = true;
      const { caseloadStyles } = caseloadViewModule;
      // Adopted sheets are replaced as a whole; without them, Lit adds <style> elements, so only the new one.
      adoptStyles(this.renderRoot, supportsAdoptingStyleSheets ? [...(this.constructor as typeof CadenceChecker).elementStyles, caseloadStyles] : [caseloadStyles]);
    }
    const element = this;
    return (this.caseloadView ??= new caseloadViewModule.CaseloadView({
      get sortKey() {
        return element.sortKey;
      },
      get sortAscending() {
        return element.sortAscending;
      },
      get filter() {
        return element.filter;
      },
      sortBy: (key, ascending) => {
        this.sortAscending = ascending;
        this.sortKey = key;
      },
      chooseFilter: (filter) => this.edit(() => (this.filter = filter)),
      renderAgain: () => this.requestViewUpdate(),
      shows: (caseload) => this.isConnected && this.checkedCaseload?.result === caseload,
      statusBadge: (obligation, t) => this.statusBadge(obligation, t),
    }));
  }

  override updated(): void {
    const result = this.result;
    if (result && 'rows' in result) this.caseloadView?.rendered(result);
    if (result && 'obligations' in result && result.ok) this.lastGood = result;
    const single = result && 'obligations' in result ? result : undefined;
    this.updateFormValue(single?.next ? { obligation: single.next.id, dueDate: single.next.dueDate, status: single.next.status } : undefined, single && !single.ok ? single.errors[0]?.message : undefined);
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = translate.bind(locale);
    const { pack, errors } = this.resolvedPack();
    const heading = html`<h2 id="heading"><slot name="heading">${this.mode === 'caseload' ? t('caseloadHeading') : t('heading')}</slot></h2>`;
    const wrap = (content: unknown) => html`<section class="base" part="base" aria-labelledby="heading" lang=${locale}>${heading}${content}</section>`;
    if (!pack) return wrap(this.renderPackProblem(errors, { packErrors: t('packErrors'), noPack: t('noPack') }));
    if (!pack.cadence) return wrap(html`<p class="notice">${t('noCadence')}</p>`);
    const result = this.result;
    if (this.mode !== 'caseload') return wrap(this.renderCase(pack, result as CadenceResult, locale));
    const caseloadView = this.caseloadViewOnce();
    return wrap(caseloadView && result ? caseloadView.render(result as CaseloadResult, locale, t) : html`<p class="error" role="alert">${t('caseloadViewFailed')}</p>`);
  }

  // ── One case ──────────────────────────────────────────────────────────────────────────

  private renderCase(pack: RulePack, result: CadenceResult, locale: Locale) {
    const t = translate.bind(locale);
    const serviceId = this.activeService(pack);
    const service = pack.cadence!.services.find((entry) => entry.id === serviceId);
    const used = fieldsUsedBy(service);
    const errors = result.errors;
    const shown = result.ok ? result : this.lastGood && this.lastGood.service === result.service ? this.lastGood : undefined;
    const fieldError = (field: string) => this.fieldError(errors, field);
    const dateField = (field: DateField) =>
      textField({
        id: field,
        label: t(field),
        value: this[field] ?? '',
        placeholder: t('datePlaceholder'),
        ...(fieldError(field) ? { error: fieldError(field)! } : {}),
        onInput: (value) => this.edit(() => (this.touched.add(field), (this[field] = value))),
      });
    const listField = (field: ListField) =>
      textField({
        id: field,
        label: t(field),
        value: this.listDrafts.get(field) ?? (this[field] ?? []).join(', '),
        hint: t('listHint'),
        ...(fieldError(field) ? { error: fieldError(field)! } : {}),
        onInput: (value) =>
          this.edit(() => {
            this.listDrafts.set(field, value);
            this[field] = value.split(/[,;]+|\s{2,}|\s(?=\d)/).map((entry) => entry.trim()).filter(Boolean);
          }),
      });
    const serviceError = messagesFor(errors, 'service')[0];
    const services = pack.cadence!.services;

    return html`
      <div class="fields">
        ${selectField({
          id: 'service',
          label: t('service'),
          value: serviceId,
          options: [...services.map((entry) => ({ value: entry.id, label: localize(entry.label, locale) })), ...(service ? [] : [{ value: serviceId, label: serviceId }])],
          ...(serviceError ? { error: serviceError } : {}),
          onChange: (value) => this.edit(() => (this.service = value)),
        })}
        ${used.dates.map(dateField)} ${used.lists.map(listField)}
        ${used.sessions
          ? textField({
              id: 'sessions',
              label: t('sessions'),
              value: String(this.sessions ?? ''),
              inputmode: 'numeric',
              ...(fieldError('sessions') ? { error: fieldError('sessions')! } : {}),
              onInput: (value) => this.edit(() => (this.sessions = value)),
            })
          : nothing}
        ${textField({
          id: 'today',
          label: t('today'),
          value: this.today ?? '',
          placeholder: t('datePlaceholder'),
          hint: t('todayHint'),
          ...(fieldError('today') ? { error: fieldError('today')! } : {}),
          onInput: (value) => this.edit(() => (this.today = value)),
        })}
      </div>
      ${messagesFor(errors, 'overrides').length ? html`<p class="error">${messagesFor(errors, 'overrides').join(' ')}</p>` : nothing}
      <div aria-live="polite">${shown ? this.renderCaseResult(shown, !result.ok, locale) : nothing}</div>
    `;
  }

  private statusBadge(obligation: Obligation, t: ReturnType<typeof translate.bind>): TemplateResult {
    if (obligation.completedOn) return html`<span class="status status-ok"><span aria-hidden="true">✓</span>${t('statusDone')}</span>`;
    if (obligation.ended) return html`<span class="status status-ok"><span aria-hidden="true">✓</span>${t('statusEnded')}</span>`;
    const status = STATUS[obligation.status];
    return html`<span class="status status-${obligation.status}"><span aria-hidden="true">${status.symbol}</span>${t(status.key) as string}</span>`;
  }

  private renderCaseResult(result: CadenceResult, stale: boolean, locale: Locale) {
    const t = translate.bind(locale);
    const next = result.next;
    const nextStatus = next?.status ?? (result.obligations.some((entry) => entry.status === 'missing-data') ? 'missing-data' : 'ok');
    const nextText = next?.summary ?? result.obligations.find((entry) => entry.status === 'missing-data')?.summary ?? result.obligations[0]?.summary ?? '';
    const held = LIST_FIELDS.flatMap((field) =>
      (this.caseInput(this.resolvedPack().pack!)[field] ?? []).map((date) => ({ date, label: t(field) })),
    ).sort((a, b) => (a.date < b.date ? -1 : 1));
    const byDate = [...result.obligations].sort((a, b) => (a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : 1);
    return html`<div class=${stale ? 'stale' : ''}>
      ${stale ? html`<p class="notice" role="status">${t('lastGood')}</p>` : nothing}
      <h3>${t('next')}</h3>
      <p class="next status-${nextStatus}" part="next">
        <span aria-hidden="true">${STATUS[nextStatus].symbol}</span>
        <span><span class="visually-hidden">${t(STATUS[nextStatus].key) as string}: </span>${nextText}</span>
      </p>
      <h3>${t('timeline')}</h3>
      <ol class="timeline" part="timeline">
        ${held.map((entry) => html`<li class="past"><span class="when">${formatDate(entry.date, locale)}</span> – ${t('held')}: ${entry.label}</li>`)}
        ${byDate.map((obligation) => this.renderObligation(obligation, locale))}
      </ol>
    </div>`;
  }

  private renderObligation(obligation: Obligation, locale: Locale) {
    const t = translate.bind(locale);
    const when = obligation.dueDate ? formatDate(obligation.dueDate, locale) : obligation.dueAtSession ? t('session', { session: obligation.dueAtSession }) : '';
    const editing = this.overrideFor?.id === obligation.id ? this.overrideFor : undefined;
    const canOverride = obligation.dueDate && !obligation.completedOn && !obligation.ended;
    return html`<li>
      ${when ? html`<span class="when">${t('due')} ${when}</span> ` : nothing}${this.statusBadge(obligation, t)}
      <div>${obligation.summary}</div>
      ${obligation.override ? html`<div class="hint">${t('overrideNote', { original: formatDate(obligation.override.originalDueDate, locale), reason: obligation.override.reason })}</div>` : nothing}
      <div class="source">${t('source')}: <cite lang=${obligation.source.lang}>${obligation.source.document}, ${obligation.source.section}</cite>${obligation.source.note ? html` – ${obligation.source.note}` : nothing}</div>
      ${canOverride && !editing
        ? html`<button class="link" type="button" @click=${() => (this.overrideFor = { id: obligation.id, dueDate: obligation.dueDate!, date: '', reason: '', errors: {} })}>${t('agreeDate')}</button>`
        : nothing}
      ${editing ? this.renderOverrideForm(editing, locale) : nothing}
    </li>`;
  }

  private renderOverrideForm(draft: NonNullable<CadenceChecker['overrideFor']>, locale: Locale) {
    const t = translate.bind(locale);
    const save = () => {
      const checks = new InputChecks(locale);
      const date = checks.date('date', dateValue(draft.date), true);
      const reason = checks.text('reason', draft.reason, true);
      if (date === undefined || reason === undefined) {
        this.overrideFor = { ...draft, errors: Object.fromEntries(checks.errors.map((error) => [error.field!, atField(error)!])) };
        return;
      }
      this.overrideFor = undefined;
      this.edit(() => (this.overrides = [...(this.overrides ?? []), { obligation: draft.id, date, reason, replaces: draft.dueDate }]));
    };
    return html`<div class="override" role="group" aria-label=${t('agreeDate')}>
      ${textField({ id: `override-date-${draft.id}`, label: t('agreedDate'), value: draft.date, placeholder: t('datePlaceholder'), ...(draft.errors.date ? { error: draft.errors.date } : {}), onInput: (value) => (this.overrideFor = { ...draft, date: value }) })}
      ${textField({ id: `override-reason-${draft.id}`, label: t('reason'), value: draft.reason, ...(draft.errors.reason ? { error: draft.errors.reason } : {}), onInput: (value) => (this.overrideFor = { ...draft, reason: value }) })}
      <div><button type="button" @click=${save}>${t('save')}</button> <button type="button" class="secondary" @click=${() => (this.overrideFor = undefined)}>${t('cancel')}</button></div>
    </div>`;
  }

  /** Renders again for a change of view (sort, filter, virtualizer loaded) without checking the caseload again. */
  private requestViewUpdate(): void {
    this.viewOnlyUpdate = true;
    this.requestUpdate();
    this.viewOnlyUpdate = false;
  }
}

defineElement('cadence-checker', CadenceChecker);

declare global {
  interface HTMLElementTagNameMap {
    'cadence-checker': CadenceChecker;
  }
  interface HTMLElementEventMap {
    /** Fired by `<cadence-checker>` when the user changes an input or records an agreed date; `detail` is the new result. */
    'cadence-change': CustomEvent<CadenceResult | CaseloadResult>;
  }
}
