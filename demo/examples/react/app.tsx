// The smallest honest React setup: the elements are custom elements, so React 19 passes
// properties and listens to their events directly.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import '../../../components/index.js';
import type { FundingResult } from '../../../shared/index.js';

function App() {
  const [places, setPlaces] = useState(1);
  const [last, setLast] = useState<FundingResult | undefined>();
  return (
    <main>
      <button type="button" id="more" onClick={() => setPlaces(places + 1)}>
        One more place
      </button>
      <funding-calculator id="funding" pack="no-alver-vekstbedrift" date="2022-06-01" places={places} onfunding-change={(event: CustomEvent<FundingResult>) => setLast(event.detail)} />
      <p id="total">{last ? last.amounts.total : ''}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'funding-calculator': { id?: string; pack?: string; date?: string; places?: number; 'onfunding-change'?: (event: CustomEvent<FundingResult>) => void };
    }
  }
}
