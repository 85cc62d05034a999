// The smallest honest Vue setup: render functions (no template compiler), the elements as
// custom elements, their events as listeners.
import { createApp, h, ref } from 'vue';
import '../../../components/index.js';
import type { CadenceResult } from '../../../shared/index.js';

createApp({
  setup() {
    const next = ref('');
    return () =>
      h('main', [
        h('cadence-checker', {
          id: 'cadence',
          pack: 'dk-vejle-voksen',
          service: 'sel85',
          start: '2025-01-15',
          today: '2025-11-22',
          '.followUps': ['2025-04-22'],
          'onCadence-change': (event: CustomEvent<CadenceResult>) => (next.value = event.detail.next?.summary ?? ''),
        }),
        h('p', { id: 'next' }, next.value),
      ]);
  },
}).mount('#app');
