/** The case fields a site profile can name, and how each is read. Kept free of zod (see schema.ts). */
export const FIELD_NAMES = [
  'caseNumber',
  'service',
  'targetGroup',
  'country',
  'decisionDate',
  'start',
  'end',
  'places',
  'monthlyCost',
  'tier',
  'levelSince',
  'supportAreaCount',
  'percent',
  'lastFollowUp',
  'planReceived',
  'lastEvaluationReport',
  'lastCollaborationMeeting',
  'conversationsLast12Months',
  'noticeGiven',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** How each field is read when a profile adds it (e.g. by the picker). */
export const FIELD_TYPES: Record<FieldName, 'date' | 'number' | 'text'> = {
  caseNumber: 'text',
  service: 'text',
  targetGroup: 'text',
  country: 'text',
  decisionDate: 'date',
  start: 'date',
  end: 'date',
  places: 'number',
  monthlyCost: 'number',
  tier: 'text',
  levelSince: 'date',
  supportAreaCount: 'number',
  percent: 'number',
  lastFollowUp: 'date',
  planReceived: 'date',
  lastEvaluationReport: 'date',
  lastCollaborationMeeting: 'date',
  conversationsLast12Months: 'number',
  noticeGiven: 'date',
};

/** How a journal may group thousands and mark decimals (the profile's `thousandsSeparator`, `decimalSeparator`). */
export const THOUSANDS_SEPARATORS = [' ', '.', ',', ''] as const;
export const DECIMAL_SEPARATORS = [',', '.'] as const;
