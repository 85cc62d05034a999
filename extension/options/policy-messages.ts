import { html, nothing, type TemplateResult } from 'lit/html.js';
import { builtInPacks, type Locale } from '../../shared/index.js';
import { createTranslator } from '../../shared/i18n/translate.js';
import type { PolicyProblem } from '../storage/policy.js';

type KeyParams = { key: string };

const en = {
  heading: 'Policy error – for your IT department',
  hint: 'Your municipality\'s policy sets a value Saksvakt cannot use. The browser\'s policy page may still say "OK": it does not check the values themselves.',
  json: (p: KeyParams & { line: number; column: number }) => `Policy "${p.key}": not valid JSON – syntax error at line ${p.line}, column ${p.column}.`,
  pack: (p: KeyParams) => `Policy "${p.key}": not a valid rule pack:`,
  profiles: (p: KeyParams) => `Policy "${p.key}": not valid site profiles:`,
  value: (p: KeyParams & { value: string; allowed: string }) => `Policy "${p.key}": the value "${p.value}" is not allowed. Allowed: ${p.allowed}.`,
  unknownPack: (p: KeyParams & { value: string; allowed: string }) => `Policy "${p.key}": there is no built-in rule pack "${p.value}". Known packs: ${p.allowed}.`,
  at: (p: { path: string; detail: string }) => `At ${p.path}: ${p.detail}`,
  allowedDays: 'a whole number of days from 1 to 3650',
  fallbackLastGood: 'Meanwhile Saksvakt uses the last valid value of the policy.',
  fallbackCaseworker: 'Meanwhile Saksvakt uses the value set on this computer.',
  fallbackDefault: 'Meanwhile Saksvakt uses its default.',
  fallbackPackId: 'Meanwhile Saksvakt uses the built-in pack the policy names in "packId".',
  fallbackCustomPack: 'Meanwhile Saksvakt uses the pack the policy gives in "customPack".',
  unreadable: 'The browser did not hand over the policy; Saksvakt uses the last valid policy values.',
};
type Messages = typeof en;

const nn: Messages = {
  heading: 'Feil i policyen – til IT-avdelinga',
  hint: 'Policyen frå kommunen set ein verdi Saksvakt ikkje kan bruke. Policysida i nettlesaren kan likevel seie «OK»: ho sjekkar ikkje sjølve verdiane.',
  json: (p) => `Policy «${p.key}»: ikkje gyldig JSON – syntaksfeil på linje ${p.line}, kolonne ${p.column}.`,
  pack: (p) => `Policy «${p.key}»: ikkje ein gyldig regelpakke:`,
  profiles: (p) => `Policy «${p.key}»: ikkje gyldige sideprofilar:`,
  value: (p) => `Policy «${p.key}»: verdien «${p.value}» er ikkje tillaten. Tillate: ${p.allowed}.`,
  unknownPack: (p) => `Policy «${p.key}»: det finst ingen innebygd regelpakke «${p.value}». Kjende pakkar: ${p.allowed}.`,
  at: (p) => `Ved ${p.path}: ${p.detail}`,
  allowedDays: 'eit heilt tal dagar frå 1 til 3650',
  fallbackLastGood: 'Inntil vidare brukar Saksvakt den siste gyldige verdien frå policyen.',
  fallbackCaseworker: 'Inntil vidare brukar Saksvakt verdien som er sett på denne datamaskina.',
  fallbackDefault: 'Inntil vidare brukar Saksvakt standardverdien.',
  fallbackPackId: 'Inntil vidare brukar Saksvakt den innebygde pakken policyen nemner i «packId».',
  fallbackCustomPack: 'Inntil vidare brukar Saksvakt pakken policyen gjev i «customPack».',
  unreadable: 'Nettlesaren gav ikkje frå seg policyen; Saksvakt brukar dei siste gyldige policyverdiane.',
};

const nb: Messages = {
  heading: 'Feil i policyen – til IT-avdelingen',
  hint: 'Policyen fra kommunen setter en verdi Saksvakt ikke kan bruke. Policysiden i nettleseren kan likevel si «OK»: den sjekker ikke selve verdiene.',
  json: (p) => `Policy «${p.key}»: ikke gyldig JSON – syntaksfeil på linje ${p.line}, kolonne ${p.column}.`,
  pack: (p) => `Policy «${p.key}»: ikke en gyldig regelpakke:`,
  profiles: (p) => `Policy «${p.key}»: ikke gyldige sideprofiler:`,
  value: (p) => `Policy «${p.key}»: verdien «${p.value}» er ikke tillatt. Tillatt: ${p.allowed}.`,
  unknownPack: (p) => `Policy «${p.key}»: det finnes ingen innebygd regelpakke «${p.value}». Kjente pakker: ${p.allowed}.`,
  at: (p) => `Ved ${p.path}: ${p.detail}`,
  allowedDays: 'et helt antall dager fra 1 til 3650',
  fallbackLastGood: 'Inntil videre bruker Saksvakt den siste gyldige verdien fra policyen.',
  fallbackCaseworker: 'Inntil videre bruker Saksvakt verdien som er satt på denne datamaskinen.',
  fallbackDefault: 'Inntil videre bruker Saksvakt standardverdien.',
  fallbackPackId: 'Inntil videre bruker Saksvakt den innebygde pakken policyen nevner i «packId».',
  fallbackCustomPack: 'Inntil videre bruker Saksvakt pakken policyen gir i «customPack».',
  unreadable: 'Nettleseren ga ikke fra seg policyen; Saksvakt bruker de siste gyldige policyverdiene.',
};

const da: Messages = {
  heading: 'Fejl i politikken – til IT-afdelingen',
  hint: 'Kommunens politik fastsætter en værdi, Saksvakt ikke kan bruge. Browserens politikside kan alligevel vise »OK«: den tjekker ikke selve værdierne.',
  json: (p) => `Politik »${p.key}«: ikke gyldig JSON – syntaksfejl i linje ${p.line}, kolonne ${p.column}.`,
  pack: (p) => `Politik »${p.key}«: ikke en gyldig regelpakke:`,
  profiles: (p) => `Politik »${p.key}«: ikke gyldige sideprofiler:`,
  value: (p) => `Politik »${p.key}«: værdien »${p.value}« er ikke tilladt. Tilladt: ${p.allowed}.`,
  unknownPack: (p) => `Politik »${p.key}«: der findes ingen indbygget regelpakke »${p.value}«. Kendte pakker: ${p.allowed}.`,
  at: (p) => `Ved ${p.path}: ${p.detail}`,
  allowedDays: 'et helt antal dage fra 1 til 3650',
  fallbackLastGood: 'Indtil videre bruger Saksvakt politikkens seneste gyldige værdi.',
  fallbackCaseworker: 'Indtil videre bruger Saksvakt værdien, der er sat på denne computer.',
  fallbackDefault: 'Indtil videre bruger Saksvakt standardværdien.',
  fallbackPackId: 'Indtil videre bruger Saksvakt den indbyggede pakke, politikken nævner i »packId«.',
  fallbackCustomPack: 'Indtil videre bruger Saksvakt den pakke, politikken angiver i »customPack«.',
  unreadable: 'Browseren udleverede ikke politikken; Saksvakt bruger de seneste gyldige politikværdier.',
};

export const translatePolicy = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);

/** One problem as lines of text in the reader's language: the headline, then each finding. */
export function describePolicyProblem(problem: PolicyProblem, lang: Locale): { headline: string; details: string[]; fallback?: string } {
  const t = translatePolicy.bind(lang);
  const key = problem.key;
  const headline =
    problem.kind === 'json-syntax'
      ? t('json', { key, line: problem.line ?? 1, column: problem.column ?? 1 })
      : problem.kind === 'invalid-pack'
        ? t('pack', { key })
        : problem.kind === 'invalid-profiles'
          ? t('profiles', { key })
          : problem.kind === 'unknown-pack'
            ? t('unknownPack', { key, value: problem.value ?? '', allowed: Object.keys(builtInPacks).join(', ') })
            : t('value', { key, value: problem.value ?? '', allowed: key === 'retentionDays' ? t('allowedDays') : 'nn, nb, da, en, auto' });
  const details = (problem.errors ?? []).map((error) => (problem.kind === 'invalid-profiles' ? t('at', { path: error.path, detail: error.text[lang] }) : error.text[lang]));
  const fallback = problem.fallback
    ? t(({ 'last-good': 'fallbackLastGood', caseworker: 'fallbackCaseworker', default: 'fallbackDefault', 'policy-pack-id': 'fallbackPackId', 'policy-custom-pack': 'fallbackCustomPack' } as const)[problem.fallback])
    : undefined;
  return { headline, details, ...(fallback ? { fallback } : {}) };
}

/** The policy errors block, shared by the options page and the panel. Nothing when there are none. */
export function policyProblemsView(problems: readonly PolicyProblem[], lang: Locale): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const t = translatePolicy.bind(lang);
  return html`<section class="policy-problems" role="alert" aria-labelledby="policy-problems-heading">
    <h2 id="policy-problems-heading" class="error">${t('heading')}</h2>
    <p class="hint">${t('hint')}</p>
    ${problems.map((problem) => {
      const { headline, details, fallback } = describePolicyProblem(problem, lang);
      return html`<div class="policy-problem" data-policy-key=${problem.key}>
        <p class="error">${headline}</p>
        ${details.length ? html`<ul class="error">${details.map((detail) => html`<li>${detail}</li>`)}</ul>` : nothing}
        ${fallback ? html`<p>${fallback}</p>` : nothing}
      </div>`;
    })}
  </section>`;
}
