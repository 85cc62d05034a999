export const cadence = {
  unknownService: (p: { service: string; known: string }) => `Unknown service "${p.service}". This rule pack knows: ${p.known}.`,
  noCadence: (p: { pack: string }) => `The rule pack "${p.pack}" has no follow-up rules.`,
  invalidToday: 'The reference date ("today") is not a valid date.',
  overdueSince: (p: { date: string; label: string }) => `Overdue since ${p.date}: ${p.label}`,
  dueOn: (p: { date: string; label: string; days: number }) =>
    p.days === 0 ? `Due today: ${p.label}` : `Due ${p.date} (in ${p.days} day${p.days === 1 ? '' : 's'}): ${p.label}`,
  dueAtSession: (p: { session: number; held: number; label: string }) => `Due at session ${p.session} (${p.held} held): ${p.label}`,
  overdueAtSession: (p: { session: number; held: number; label: string }) => `Overdue: ${p.held} sessions held, due at session ${p.session}: ${p.label}`,
  missingData: (p: { fields: string; label: string }) => `Cannot check "${p.label}": ${p.fields} missing.`,
  completed: (p: { date: string; label: string }) => `Done ${p.date}: ${p.label}`,
  completedLate: (p: { date: string; due: string; label: string }) => `Done ${p.date}, after the deadline ${p.due}: ${p.label}`,
  ended: (p: { label: string }) => `No longer required: ${p.label}`,
  overridden: (p: { original: string; reason: string }) => `Date agreed instead of ${p.original}: ${p.reason}`,
  nothingOpen: 'Nothing open: no follow-up is due.',
  countShort: (p: { label: string; count: number }) => `Too few in the last 12 months (${p.count} recorded): ${p.label}`,
  countMet: (p: { label: string; count: number }) => `${p.count} recorded in the last 12 months: ${p.label}`,
  fieldNames: (p: { field: string }) =>
    ({ start: 'start date', levelSince: 'date the current tier began', arrival: 'arrival date', informed: 'date the municipality was informed', stayPlan: 'date of the stay plan', noticeGiven: 'date notice was given', received: 'date the complaint was received', decisionReceived: 'date the refusal was received', sessions: 'number of sessions held' })[p.field] ?? p.field,
};
