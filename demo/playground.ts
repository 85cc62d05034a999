import { translateDemo } from './messages.js';
import type { Locale } from '../shared/index.js';

type ElementSpec = { tag: string; attributes: string[]; initial: Record<string, string> };

const ELEMENTS: ElementSpec[] = [
  {
    tag: 'funding-calculator',
    attributes: ['pack', 'scheme', 'date', 'places', 'months', 'place-start', 'individual-supplement', 'budget-frame', 'notice-given', 'tier', 'day-rate', 'day-rate-kind', 'lang', 'theme'],
    initial: { pack: 'no-alver-vekstbedrift', date: '01.03.2023', places: '1', months: '10' },
  },
  {
    tag: 'cadence-checker',
    attributes: ['pack', 'service', 'start', 'level-since', 'follow-ups', 'arrival', 'received', 'sessions', 'today', 'lang', 'theme'],
    initial: { pack: 'dk-vejle-voksen', service: 'sel85', start: '15.01.2025', 'follow-ups': '22.04.2025' },
  },
  {
    tag: 'tier-selector',
    attributes: ['pack', 'scale', 'weekly-need-hours', 'support-area-count', 'current-tier', 'percent', 'days-per-week', 'service', 'step', 'lang', 'theme'],
    initial: { pack: 'dk-vejle-voksen', 'weekly-need-hours': '2,5' },
  },
];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The embed snippet for the element as configured: works pasted into a plain HTML page. */
export function embedSnippet(tag: string, attributes: Record<string, string>, scriptUrl: string): string {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${scriptUrl}"></script>\n<${tag}${attributeText}></${tag}>`;
}

/**
 * The playground: pick an element, edit any attribute, watch the result object and the events,
 * and copy an embed snippet. Everything is built with DOM APIs (no HTML strings from input).
 */
export function renderPlayground(root: HTMLElement, locale: () => Locale): void {
  const t = () => translateDemo.bind(locale());
  let spec = ELEMENTS[0]!;
  let values: Record<string, string> = { ...spec.initial };

  const form = document.createElement('div');
  form.className = 'playground-fields';
  const stage = document.createElement('div');
  stage.className = 'playground-stage';
  const resultView = document.createElement('pre');
  resultView.className = 'playground-result';

  resultView.tabIndex = 0; // scrollable: keyboard users must reach it
  const events = document.createElement('ol');
  events.className = 'playground-events';
  const snippet = document.createElement('textarea');
  snippet.readOnly = true;
  snippet.rows = 4;
  snippet.id = 'playground-snippet';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.id = 'playground-copy';
  const copyStatus = document.createElement('span');
  copyStatus.className = 'playground-copy-status';
  copyStatus.setAttribute('role', 'status');
  const chooser = document.createElement('select');
  chooser.id = 'playground-element';
  for (const entry of ELEMENTS) chooser.append(new Option(`<${entry.tag}>`, entry.tag));
  const chooserLabel = document.createElement('label');
  chooserLabel.htmlFor = 'playground-element';
  const snippetLabel = document.createElement('label');
  snippetLabel.htmlFor = 'playground-snippet';

  let element: HTMLElement & { result?: unknown; updateComplete?: Promise<unknown> };
  const showResult = () => {
    resultView.textContent = JSON.stringify(element.result ?? null, null, 2);
  };
  const update = () => {
    for (const name of spec.attributes) {
      if (values[name]) element.setAttribute(name, values[name]!);
      else element.removeAttribute(name);
    }
    snippet.value = embedSnippet(spec.tag, values, new URL('./vendor/saksvakt.js', location.href).href);
    // The element computes once its language and pack are there: show the result when it has.
    const shown = element;
    void (shown.updateComplete ?? Promise.resolve()).then(() => {
      if (shown === element) showResult();
    });
  };
  const build = () => {
    const text = t();
    chooserLabel.textContent = text('playgroundElement');
    snippetLabel.textContent = text('playgroundSnippet');
    copy.textContent = text('playgroundCopy');
    resultView.setAttribute('aria-label', text('playgroundResult'));
    copyStatus.textContent = '';
    form.replaceChildren(
      ...spec.attributes.map((name) => {
        const wrapper = document.createElement('div');
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.id = `playground-${name}`;
        label.htmlFor = input.id;
        label.textContent = name;
        input.value = values[name] ?? '';
        input.addEventListener('input', () => {
          values = { ...values, [name]: input.value };
          update();
        });
        wrapper.append(label, input);
        return wrapper;
      }),
    );
    element = document.createElement(spec.tag) as typeof element;
    element.id = 'playground-element-under-test';
    stage.replaceChildren(element);
    update();
  };

  chooser.addEventListener('change', () => {
    spec = ELEMENTS.find((entry) => entry.tag === chooser.value)!;
    values = { ...spec.initial };
    events.replaceChildren();
    build();
  });
  // Copying needs no network: the Clipboard API where the page may use it, else the selection.
  copy.addEventListener('click', async () => {
    snippet.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(snippet.value);
      copied = true;
    } catch {
      copied = document.execCommand('copy');
    }
    copyStatus.textContent = t()(copied ? 'copied' : 'copyFailed');
  });
  for (const name of ['funding-change', 'cadence-change', 'tier-change']) {
    stage.addEventListener(name, () => {
      const item = document.createElement('li');
      item.textContent = `${new Date().toLocaleTimeString()} ${name}`;
      events.prepend(item);
      while (events.children.length > 20) events.lastElementChild!.remove();
      showResult();
    });
  }
  root.append(chooserLabel, chooser, form, stage, snippetLabel, snippet, copy, copyStatus, resultView, events);
  build();
  document.addEventListener('saksvakt-demo-language', build);
}
