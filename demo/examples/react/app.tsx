// The smallest honest React 19 setup, as a vendor writes it after `npm install saksvakt`: the
// elements are custom elements, so React 19 sets their properties (places={places}) and listens
// to their events (onfunding-change) directly, with no wrapper.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import 'saksvakt/funding-calculator';
import type { FundingResult } from 'saksvakt/engines';

function App() {
  const [places, setPlaces] = useState(1);
  const [last, setLast] = useState<FundingResult | undefined>();
  return (
    <main>
      <button type="button" id="more" onClick={() => setPlaces(places + 1)}>
        One more place
      </button>
      <funding-calculator id="funding" pack="no-alver-vekstbedrift" date="2022-06-01" places={places} onfunding-change={(event) => setLast(event.detail)} />
      <p id="total">{last ? last.amounts.total : ''}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

// JSX knows HTML elements only; this tells it the element's attributes, properties and event.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'funding-calculator': { id?: string; pack?: string; date?: string; places?: number; 'onfunding-change'?: (event: HTMLElementEventMap['funding-change']) => void };
    }
  }
}
