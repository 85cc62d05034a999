import type { SiteProfile } from './schema.js';

/**
 * Profiles for the journal pages Saksvakt knows out of the box. URL patterns are examples for
 * local testing and training; municipal IT sets the real journal addresses (options page or policy).
 */
export const BUILT_IN_PROFILES: SiteProfile[] = [
  {
    id: 'profil-vedtak',
    name: 'Profil – vedtak (Forvaltningskontoret)',
    matches: ['http://localhost/*', 'http://127.0.0.1/*'],
    pack: 'no-alver-vekstbedrift',
    dateFormats: ['dd.MM.yyyy', 'd.M.yyyy'],
    thousandsSeparator: ' ',
    decimalSeparator: ',',
    pages: [
      {
        id: 'vedtak-vekstbedrift',
        detect: { selector: 'table.form', textIncludes: ['Vedtaksdato', 'Frå dato'] },
        kind: 'case',
        fields: {
          caseNumber: { type: 'text', locators: [{ by: 'label', text: ['Sak nr.', 'Saksnummer'] }, { by: 'css', selector: '[id$="lblSakNr"]' }] },
          service: { type: 'text', locators: [{ by: 'label', text: ['Teneste', 'Tjeneste'] }, { by: 'css', selector: '[id$="lblTeneste"]' }] },
          decisionDate: { type: 'date', locators: [{ by: 'label', text: ['Vedtaksdato'] }, { by: 'name', name: 'ctl00$MainContent$txtVedtaksdato' }] },
          start: { type: 'date', locators: [{ by: 'label', text: ['Frå dato', 'Fra dato'] }, { by: 'name', name: 'ctl00$MainContent$txtFraDato' }] },
          end: { type: 'date', locators: [{ by: 'label', text: ['Til dato'] }] },
          places: { type: 'number', locators: [{ by: 'label', text: ['Omfang'] }, { by: 'name', name: 'ctl00$MainContent$txtOmfang' }] },
          monthlyCost: { type: 'number', locators: [{ by: 'label', text: ['Månadleg kostnad (kr)', 'Månedlig kostnad (kr)'] }, { by: 'name', name: 'ctl00$MainContent$txtKostnad' }] },
          planReceived: { type: 'date', locators: [{ by: 'label', text: ['Plan motteken', 'Plan mottatt'] }] },
          lastEvaluationReport: { type: 'date', locators: [{ by: 'label', text: ['Siste evalueringsrapport'] }, { by: 'name', name: 'ctl00$MainContent$txtEvaluering' }] },
          lastCollaborationMeeting: { type: 'date', locators: [{ by: 'label', text: ['Siste samarbeidsmøte'] }, { by: 'name', name: 'ctl00$MainContent$txtSamarbeid' }] },
          conversationsLast12Months: { type: 'number', locators: [{ by: 'label', text: ['Samtalar siste 12 mnd.', 'Samtaler siste 12 mnd.'] }, { by: 'name', name: 'ctl00$MainContent$txtSamtalar' }] },
        },
        mounts: { funding: 'monthlyCost', cadence: 'lastEvaluationReport' },
      },
    ],
  },
  {
    id: 'nexus-forloeb',
    name: 'Nexus – forløb (Myndighedsafdelingen)',
    matches: ['http://localhost/*', 'http://127.0.0.1/*'],
    pack: 'dk-vejle-voksen',
    dateFormats: ['dd.MM.yyyy', 'd.M.yyyy'],
    thousandsSeparator: '.',
    decimalSeparator: ',',
    pages: [
      {
        id: 'forloeb',
        detect: { selector: '[data-view="forloeb"]' },
        kind: 'case',
        fields: {
          service: { type: 'text', locators: [{ by: 'label', text: ['Paragraf'] }, { by: 'css', selector: '[data-field="paragraf"]' }] },
          targetGroup: { type: 'text', locators: [{ by: 'label', text: ['Målgruppe'] }] },
          tier: { type: 'text', locators: [{ by: 'label', text: ['Støtteniveau'] }, { by: 'css', selector: '[data-field="niveau"]' }] },
          supportAreaCount: { type: 'number', locators: [{ by: 'label', text: ['Antal indsatser'] }] },
          percent: { type: 'number', locators: [{ by: 'label', text: ['Indskrivningsprocent'] }] },
          start: { type: 'date', locators: [{ by: 'label', text: ['Bevilget fra'] }] },
          levelSince: { type: 'date', locators: [{ by: 'label', text: ['Støtteniveau uændret siden'] }] },
          lastFollowUp: { type: 'date', locators: [{ by: 'label', text: ['Seneste opfølgning'] }] },
        },
        mounts: { cadence: 'lastFollowUp', tier: 'tier', 'day-service': 'percent' },
      },
    ],
  },
  {
    id: 'caseload-list',
    name: 'Saksliste / sagsliste',
    matches: ['http://localhost/*', 'http://127.0.0.1/*'],
    pack: 'dk-vejle-voksen',
    packByCountry: { NO: 'no-alver-vekstbedrift', DK: 'dk-vejle-voksen' },
    dateFormats: ['dd.MM.yyyy', 'd.M.yyyy'],
    thousandsSeparator: ' ',
    decimalSeparator: ',',
    pages: [
      {
        id: 'caseload',
        detect: { selector: 'table:has(> thead)', textIncludes: ['Siste oppfølging', 'Seneste opfølgning'] },
        kind: 'list',
        rowSelector: 'tbody tr',
        fields: {
          caseNumber: { type: 'text', locators: [{ by: 'column', header: ['Sak', 'Sag'] }] },
          country: { type: 'text', locators: [{ by: 'column', header: ['Land'] }] },
          service: { type: 'text', locators: [{ by: 'column', header: ['Heimel / paragraf', 'Hjemmel / paragraf', 'Paragraf'] }] },
          targetGroup: { type: 'text', locators: [{ by: 'column', header: ['Målgruppe'] }] },
          start: { type: 'date', locators: [{ by: 'column', header: ['Frå dato', 'Fra dato', 'Bevilget fra'] }] },
          lastFollowUp: { type: 'date', locators: [{ by: 'column', header: ['Siste oppfølging', 'Seneste opfølgning'] }] },
        },
        mounts: { cadence: 'lastFollowUp' },
      },
    ],
  },
];
