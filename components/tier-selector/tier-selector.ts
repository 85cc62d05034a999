import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber, localize, localizeOr, selectTier, type Locale, type RulePack, type Tier, type TierInput, type TierResult } from '../../shared/engines.js';
import { defineElement } from '../internal/define.js';
import { messagesFor, selectField, textField } from '../internal/form-field.js';
import { SaksvaktElement, listConverter } from '../internal/saksvakt-element.js';
import { baseStyles, tokens } from '../internal/tokens.styles.js';
import { messages, translate } from './tier-selector.messages.js';
import { styles } from './tier-selector.styles.js';

/** Something that takes a § 85 tier: a `<funding-calculator>`. */
type TierTarget = Element & { applyTier?: (tierId: string, notify?: boolean) => void };

/**
 * @tagname tier-selector
 * @summary Proposes the least intrusive support level that meets the need: Vejle's § 85 tiers, day-service percentages, or Alver's activity and coping ladder, with the reasons and the alternatives.
 *
 * @event tier-change - The user changed an input. `detail` is the new result, the same object as `result`.
 * @event change - Native change event, fired together with `tier-change`.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The wrapper around everything.
 * @csspart field - Each labelled input with its messages.
 * @csspart scale - The table or ladder of the scale, with the proposal highlighted.
 * @csspart flags - The reasons and warnings.
 *
 * @cssproperty --sv-accent - Accent colour; falls back to Designsystemet's `--ds-color-accent-base-default` and Aksel's `--ax-bg-accent-strong`.
 * @cssproperty --sv-tier-highlight - Background of the proposed tier.
 */
export class TierSelector extends SaksvaktElement {
  protected readonly ownMessages = messages;

  static override styles = [tokens, baseStyles, styles];

  /** `sel85`, a day service (`sel104`, `sel103`) or `ladder`. Default: the pack's first. */
  @property({ reflect: true }) scale = '';
  /** Assessed weekly face-to-face need in hours (§ 85). */
  @property({ attribute: 'weekly-need-hours' }) weeklyNeedHours: string | number = '';
  /** Chosen support-area ids (§ 85). */
  @property({ attribute: 'support-areas', converter: listConverter }) supportAreas: string[] = [];
  /** Number of support areas when they are not listed (§ 85). */
  @property({ attribute: 'support-area-count' }) supportAreaCount: string | number = '';
  /** The tier the citizen has now (§ 85), to describe the change. */
  @property({ attribute: 'current-tier' }) currentTier = '';
  /** Ladder: a service with a recorded step (e.g. `vekstbedrift`); § 85: `sel85a` for Housing First. */
  @property() service = '';
  /** Day services: percentage. */
  @property() percent: string | number = '';
  /** Day services: whole days per week. */
  @property({ attribute: 'days-per-week' }) daysPerWeek: string | number = '';
  /** Day services: half days per week. */
  @property({ attribute: 'half-days-per-week' }) halfDaysPerWeek: string | number = '';
  /** Ladder: step number. */
  @property() step: string | number = '';
  /** Id of a `<funding-calculator>` whose § 85 tier this drives. */
  @property({ reflect: true }) for = '';

  private lastGood?: TierResult;

  /** The engine's result for the current inputs (read-only); `undefined` without a valid pack. */
  get result(): TierResult | undefined {
    return this.computeOnce((pack) => selectTier(pack, this.engineInput(pack), { lang: this.locale }));
  }

  private scales(pack: RulePack): string[] {
    return [...(pack.tiers?.sel85 ? ['sel85'] : []), ...(pack.tiers?.dayServices ?? []).map((service) => service.id), ...(pack.tiers?.ladder ? ['ladder'] : [])];
  }

  private activeScale(pack: RulePack): string {
    return this.scale || this.scales(pack)[0] || '';
  }

  private engineInput(pack: RulePack): TierInput {
    const scale = this.activeScale(pack);
    if (scale === 'sel85') {
      return {
        scale,
        weeklyNeedHours: this.weeklyNeedHours,
        ...(this.supportAreas?.length ? { supportAreas: this.supportAreas } : { supportAreaCount: this.supportAreaCount }),
        ...(this.currentTier ? { currentTier: this.currentTier } : {}),
        ...(this.service ? { service: this.service } : {}),
      };
    }
    if (scale === 'ladder') return { scale, ...(this.service ? { service: this.service } : {}), step: this.step };
    return { scale, percent: this.percent, daysPerWeek: this.daysPerWeek, halfDaysPerWeek: this.halfDaysPerWeek };
  }

  private edit(apply: () => void) {
    apply();
    const result = this.result;
    if (!result) return;
    this.emit('tier-change', result);
    this.applyToLinked(result, true);
  }

  /** The linked calculator (`for`) and the tier last handed to it. */
  private appliedTier?: string;

  /**
   * Hands the chosen § 85 tier to the element named by `for`: on first render too, so the linked
   * calculator shows the right price before anyone edits, and on every change after. Only the
   * user's edits make the calculator fire its change event.
   */
  private applyToLinked(result: TierResult | undefined, userEdit: boolean): void {
    if (!this.for || result?.scale !== 'sel85' || !result.tier) return;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) as (HTMLElement & TierTarget) | null;
    if (!target) return;
    const key = `${this.for} ${result.tier.id}`;
    if (key === this.appliedTier && !userEdit) return;
    this.appliedTier = key;
    const tierId = result.tier.id;
    if (target.applyTier) target.applyTier(tierId, userEdit);
    // A calculator not yet registered (its module still loading) gets the tier once it is.
    else void customElements.whenDefined(target.localName).then(() => target.applyTier?.(tierId, userEdit));
  }

  override updated(): void {
    const result = this.result;
    this.applyToLinked(result, false);
    if (result?.ok) this.lastGood = result;
    this.updateFormValue(result?.tier ? { scale: result.scale, tier: result.tier.id } : undefined, result && !result.ok ? result.errors[0]?.message : undefined);
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = translate.bind(locale);
    const { pack, errors } = this.resolvedPack();
    const heading = html`<h2 id="heading"><slot name="heading">${t('heading')}</slot></h2>`;
    const wrap = (content: unknown) => html`<section class="base" part="base" aria-labelledby="heading" lang=${locale}>${heading}${content}</section>`;
    if (!pack) return wrap(this.renderPackProblem(errors, { packErrors: t('packErrors'), noPack: t('noPack') }));
    const scales = this.scales(pack);
    if (scales.length === 0) return wrap(html`<p class="notice">${t('noScale')}</p>`);
    const scale = this.activeScale(pack);
    const result = this.result!;
    const shown = result.ok ? result : this.lastGood?.scale === scale ? this.lastGood : undefined;
    const scaleLabel = (id: string) =>
      id === 'sel85' ? t('scaleSel85') : id === 'ladder' ? (pack.tiers?.ladder ? localize(pack.tiers.ladder.label, locale) : t('scaleLadder')) : localizeOr(pack.tiers?.dayServices?.find((service) => service.id === id)?.label, id, locale);
    const scaleError = messagesFor(result.errors, 'scale')[0];
    return wrap(html`
      <div class="fields">
        ${selectField({
          id: 'scale',
          label: t('scale'),
          value: scale,
          options: [...scales, ...(scales.includes(scale) ? [] : [scale])].map((id) => ({ value: id, label: scaleLabel(id) })),
          ...(scaleError ? { error: scaleError } : {}),
          onChange: (value) => this.edit(() => (this.scale = value)),
        })}
        ${scale === 'sel85' ? this.renderSel85Fields(pack, result, locale) : scale === 'ladder' ? this.renderLadderFields(pack, result, locale) : this.renderDayFields(result, locale)}
      </div>
      ${scale === 'sel85' ? this.renderAreas(pack, result, locale) : nothing}
      <div aria-live="polite">
        ${!result.ok && shown ? html`<p class="notice" role="status">${t('lastGood')}</p>` : nothing}
        ${!result.ok && !shown && result.errors.every((error) => error.code === 'required') ? html`<p class="notice">${result.errors[0]?.message}</p>` : nothing}
        ${shown ? this.renderFlags(shown, locale) : nothing}
      </div>
      ${shown ? (scale === 'ladder' ? this.renderLadder(shown, locale) : this.renderTable(shown, scale, locale)) : nothing}
      ${this.for && shown?.tier && scale === 'sel85' ? html`<p class="hint">${t('appliedTo', { id: this.for })}</p>` : nothing}
    `);
  }

  private input(result: TierResult, name: 'weeklyNeedHours' | 'supportAreaCount' | 'percent' | 'daysPerWeek' | 'halfDaysPerWeek' | 'step', label: string, extra: { hint?: string } = {}) {
    const error = this.fieldError(result.errors, name);
    const warnings = result.flags.filter((flag) => flag.field === name && flag.code !== 'proposed-by-areas').map((flag) => flag.message);
    return textField({ id: name, label, value: String(this[name] ?? ''), inputmode: 'decimal', warnings, ...(error ? { error } : {}), ...extra, onInput: (value) => this.edit(() => (this.touched.add(name), (this[name] = value))) });
  }

  private renderSel85Fields(pack: RulePack, result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    const levels = pack.tiers!.sel85!.levels;
    const currentError = this.fieldError(result.errors, 'currentTier');
    return html`
      ${this.input(result, 'weeklyNeedHours', t('weeklyNeedHours'), { hint: t('weeklyNeedHint') })}
      ${selectField({
        id: 'currentTier',
        label: t('currentTier'),
        value: this.currentTier,
        options: [{ value: '', label: t('none') }, ...levels.map((level) => ({ value: level.id, label: localize(level.label, locale) }))],
        ...(currentError ? { error: currentError } : {}),
        onChange: (value) => this.edit(() => (this.currentTier = value)),
      })}
    `;
  }

  private renderAreas(pack: RulePack, result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    const chosen = new Set(this.supportAreas ?? []);
    const error = messagesFor(result.errors, 'supportAreas')[0];
    const warnings = result.flags.filter((flag) => flag.field === 'supportAreas').map((flag) => flag.message);
    return html`<fieldset part="field" aria-describedby=${error || warnings.length ? 'supportAreas-messages' : nothing}>
      <legend>${t('supportAreas')}${chosen.size ? ` (${chosen.size})` : ''}</legend>
      <div class="areas">
        ${(pack.tiers?.supportAreas ?? []).map(
          (area) => html`<label>
            <input
              type="checkbox"
              .checked=${chosen.has(area.id)}
              @change=${(event: Event) =>
                this.edit(() => {
                  const next = new Set(this.supportAreas ?? []);
                  if ((event.target as HTMLInputElement).checked) next.add(area.id);
                  else next.delete(area.id);
                  this.supportAreas = [...next];
                })}
            />
            <span>${localize(area.label, locale)}</span>
          </label>`,
        )}
      </div>
      ${error || warnings.length
        ? html`<div id="supportAreas-messages">${error ? html`<p class="error">${error}</p>` : nothing}${warnings.map((warning) => html`<p class="warning">${warning}</p>`)}</div>`
        : nothing}
    </fieldset>`;
  }

  private renderDayFields(result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    return html`${this.input(result, 'percent', t('percent'))} ${this.input(result, 'daysPerWeek', t('daysPerWeek'))} ${this.input(result, 'halfDaysPerWeek', t('halfDaysPerWeek'))}`;
  }

  private renderLadderFields(pack: RulePack, result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    const placements = pack.tiers!.ladder!.placements;
    const serviceError = this.fieldError(result.errors, 'service');
    return html`
      ${selectField({
        id: 'service',
        label: t('service'),
        value: this.service,
        options: [{ value: '', label: t('none') }, ...placements.map((placement) => ({ value: placement.service, label: localize(placement.label, locale) }))],
        ...(serviceError ? { error: serviceError } : {}),
        onChange: (value) => this.edit(() => (this.service = value)),
      })}
      ${this.input(result, 'step', t('step'))}
    `;
  }

  private renderFlags(result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    const general = result.flags;
    if (!result.tier && general.length === 0) return html`<p class="notice">${t('noProposal')}</p>`;
    return html`<h3>${t('why')}</h3>
      <ul class="flags" part="flags">
        ${general.map((flag) => html`<li class=${['hours-areas-mismatch', 'beyond-scale', 'areas-beyond-scale', 'zero-need', 'area-not-for-service'].includes(flag.code) ? 'warning' : ''}>${flag.message}${flag.source ? html`<div class="source">${t('source')}: <cite lang=${flag.source.lang}>${flag.source.document}, ${flag.source.section}</cite></div>` : nothing}</li>`)}
      </ul>`;
  }

  private rowState(result: TierResult, level: Tier): 'proposed' | 'alternative' | '' {
    if (result.tier?.id === level.id) return 'proposed';
    return result.alternatives.some((alternative) => alternative.id === level.id) ? 'alternative' : '';
  }

  private renderTable(result: TierResult, scale: string, locale: Locale) {
    const t = translate.bind(locale);
    const number = (value: number) => formatNumber(value, locale);
    const tag = (state: string) =>
      state === 'proposed' ? html`<span class="tag">${t('proposed')}</span>` : state === 'alternative' ? html`<span class="tag">${t('alsoConsider')}</span>` : nothing;
    if (scale === 'sel85') {
      return html`<table part="scale">
        <thead><tr><th scope="col">${t('tier')}</th><th scope="col">${t('gross')}</th><th scope="col">${t('faceToFace')}</th><th scope="col">${t('areas')}</th></tr></thead>
        <tbody>
          ${result.levels.map((level) => {
            const state = this.rowState(result, level);
            return html`<tr class=${state} aria-current=${state === 'proposed' ? 'true' : nothing}>
              <th scope="row">${level.label}${tag(state)}</th>
              <td data-label=${t('gross')}>${t('hours', { hours: number(level.grossPerWeek!.hours), asWritten: level.grossPerWeek!.asWritten })}</td>
              <td data-label=${t('faceToFace')}>${t('hours', { hours: number(level.faceToFacePerWeek!.hours), asWritten: level.faceToFacePerWeek!.asWritten })}</td>
              <td data-label=${t('areas')}>${t('areasRange', { min: level.supportAreas!.min, max: level.supportAreas!.max })}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${result.levels[0] ? html`<p class="source">${t('source')}: <cite lang=${result.levels[0].source.lang}>${result.levels[0].source.document}, ${result.levels[0].source.section}</cite></p>` : nothing}`;
    }
    return html`<table part="scale">
      <thead><tr><th scope="col">${t('percent')}</th><th scope="col">${t('days')}</th></tr></thead>
      <tbody>
        ${result.levels.map((level) => {
          const state = this.rowState(result, level);
          return html`<tr class=${state} aria-current=${state === 'proposed' ? 'true' : nothing}>
            <th scope="row">${number(level.percent!)} %${tag(state)}</th>
            <td data-label=${t('days')}>${level.label}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderLadder(result: TierResult, locale: Locale) {
    const t = translate.bind(locale);
    return html`<ol class="ladder" part="scale">
      ${result.levels.map((level) => {
        const state = this.rowState(result, level);
        return html`<li class=${state} aria-current=${state === 'proposed' ? 'step' : nothing}>
          ${level.label}${state === 'proposed' ? html` <span class="tag">${t('proposed')}</span>` : state === 'alternative' ? html` <span class="tag">${t('lessIntrusive')}</span>` : nothing}
          ${level.category ? html`<div class="hint">${t('category')}: ${level.category.label}</div>` : nothing}
        </li>`;
      })}
    </ol>
    ${result.levels[0] ? html`<p class="source">${t('source')}: <cite lang=${result.levels[0].source.lang}>${result.levels[0].source.document}, ${result.levels[0].source.section}</cite>${result.levels[0].source.note ? html` – ${result.levels[0].source.note}` : nothing}</p>` : nothing}`;
  }
}

defineElement('tier-selector', TierSelector);

declare global {
  interface HTMLElementTagNameMap {
    'tier-selector': TierSelector;
  }
  interface HTMLElementEventMap {
    /** Fired by `<tier-selector>` when the user changes an input; `detail` is the new result. */
    'tier-change': CustomEvent<TierResult>;
  }
}
