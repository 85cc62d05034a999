// The virtualizer and its flow layout in one module, imported by <cadence-checker> when a caseload
// is long: the directive would otherwise import its default layout itself, a second round trip.
export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
