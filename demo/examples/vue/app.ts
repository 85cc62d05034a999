// The smallest honest Vue 3 setup, as a vendor writes it after `npm install saksvakt`: render
// functions (no template compiler), the element as a custom element. Vue sets `.followUps` as a
// property, plain keys as attributes, and `onCadence-change` listens to the `cadence-change` event.
// With templates, tell the compiler which tags are custom elements:
// `compilerOptions.isCustomElement = (tag) => ['funding-calculator', 'cadence-checker', 'tier-selector'].includes(tag)`.
import { createApp, h, ref } from 'vue';
import 'saksvakt/cadence-checker';

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
          'onCadence-change': (event: HTMLElementEventMap['cadence-change']) => (next.value = 'obligations' in event.detail ? (event.detail.next?.summary ?? '') : ''),
        }),
        h('p', { id: 'next' }, next.value),
      ]);
  },
}).mount('#app');
