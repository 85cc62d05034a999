export type ValueKind = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'missing' | 'other';

export const validation = {
  where: (p: { path: string }) => (p.path ? `At ${p.path}` : 'In the pack'),
  invalidJson: (p: { detail: string }) => `The file is not valid JSON: ${p.detail}`,
  unknownPack: (p: { id: string; known: string }) => `There is no built-in rule pack "${p.id}". Built-in packs: ${p.known}.`,
  missing: 'this value is required but missing.',
  wrongType: (p: { expected: string; found: string }) => `expected ${p.expected}, found ${p.found}.`,
  unknownField: (p: { keys: string }) => `unknown field ${p.keys}. Check the spelling; unknown fields are not allowed.`,
  oneOf: (p: { values: string }) => `must be one of: ${p.values}.`,
  tooSmallNumber: (p: { min: string; inclusive: boolean }) => (p.inclusive ? `must be at least ${p.min}.` : `must be more than ${p.min}.`),
  tooBigNumber: (p: { max: string; inclusive: boolean }) => (p.inclusive ? `must be at most ${p.max}.` : `must be less than ${p.max}.`),
  tooFewItems: (p: { min: string }) => `must list at least ${p.min} item(s).`,
  emptyText: 'must not be empty.',
  notWholeNumber: 'must be a whole number.',
  notDate: 'must be a calendar date written YYYY-MM-DD, e.g. 2023-03-01.',
  badFormat: 'is not written in the expected form.',
  badIdentifier: 'must be lower-case letters, digits and hyphens, e.g. "dk-vejle-voksen".',
  badVersion: 'must be a version like 1.2.0.',
  unknownKind: (p: { values: string }) => `unknown kind; use one of: ${p.values}.`,
  duplicateYear: 'lists the same year twice; give one entry per year (keep earlier announcements under "supersedes").',
  unknownDocument: (p: { document: string }) => `names the document "${p.document}", which is not listed under "documents".`,
  unknownTier: (p: { tier: string }) => `names the tier "${p.tier}", which is not listed under tiers.sel85.levels.`,
  duplicateId: (p: { id: string }) => `uses the id "${p.id}" more than once.`,
  categoryRange: 'the category range must lie within the ladder\'s steps, with fromStep ≤ toStep.',
  invalid: 'is not valid.',
  kind: (p: { kind: ValueKind }) =>
    ({ number: 'a number', string: 'text', boolean: 'true or false', object: 'a group of fields', array: 'a list', null: 'null', missing: 'nothing', other: 'another kind of value' })[p.kind],
};
