import { builtInPacks, BUILT_IN_PACK_IDS, comparePacks, localize, parseRulePack, type BuiltInPackId, type Locale, type PackChange, type RulePack, type RulePackError } from '../shared/index.js';
import { findJsonSyntaxError } from '../shared/json/find-json-syntax-error/index.js';
import { locateJsonPath, positionAt, type JsonTextPosition } from '../shared/json/locate-json-path/index.js';
import type { BoundTranslator } from '../shared/i18n/translate.js';
import { translateDemo, type DemoMessages } from './messages.js';

/** One key whatever the page's language: switching language never hides a draft. */
export const DRAFT_STORAGE_KEY = 'saksvakt-demo-pack-draft';
/** The text a "start from" or "open" replaced, so replacing is never a loss. */
export const REPLACED_STORAGE_KEY = 'saksvakt-demo-pack-draft-replaced';

/** Where the draft started: a built-in pack or a file, and that version's text (what the draft is compared with). */
type Origin = { kind: 'built-in'; id: BuiltInPackId; text: string } | { kind: 'file'; name: string; text: string };
/** `lastValid`: the last text that was a valid pack, so the preview survives a reload of a broken draft. */
type Draft = { text: string; origin: Origin; savedAt: string; lastValid?: string };

const VALIDATE_AFTER_MS = 300;
// A municipality's repository installs the package: its schema is then here (see README).
const PACKAGE_SCHEMA = './node_modules/saksvakt/dist/components/rule-pack.schema.json';

/** A built-in pack as the text an administrator starts from, its `$schema` pointing into the package. */
export function builtInPackText(id: BuiltInPackId): string {
  return `${JSON.stringify({ ...builtInPacks[id], $schema: PACKAGE_SCHEMA }, null, 2)}\n`;
}

/** The download's file name: the pack's id and version when the text names them, else a generic name. */
export function draftFileName(text: string): string {
  try {
    const data = JSON.parse(text) as { id?: unknown; version?: unknown };
    const safe = (value: unknown) => typeof value === 'string' && /^[\w.-]+$/.test(value);
    if (safe(data.id) && safe(data.version)) return `${data.id}-${data.version}.json`;
    if (safe(data.id)) return `${data.id}.json`;
  } catch {
    // Broken JSON is still the administrator's work: it downloads under the generic name.
  }
  return 'rule-pack-draft.json';
}

/** The character offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return text.length;
    offset = end + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function readDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(readStorage(DRAFT_STORAGE_KEY) ?? 'null') as Draft | null;
    return draft && typeof draft.text === 'string' && draft.origin && typeof draft.origin.text === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * The rule-pack editor: start from a built-in pack, paste a pack or open a file, and edit it in a
 * plain text area. Errors show as one types, at their path and line in the reader's language;
 * the three elements preview the last valid draft; the comparison lists every changed figure with
 * its source; the draft downloads as a file. The draft lives in localStorage, so nothing typed is
 * lost on reload or language change. Built with DOM APIs only (no HTML from the text).
 */
export function renderPackEditor(root: HTMLElement, locale: () => Locale): void {
  const t: BoundTranslator<DemoMessages> = (key, ...params) => translateDemo.bind(locale())(key, ...params);

  // Controls: where to start.
  const startChooser = element('select', { id: 'pack-editor-start' });
  const startLabel = element('label', { htmlFor: startChooser.id });
  const startButton = element('button', { type: 'button', id: 'pack-editor-start-button' });
  const fileInput = element('input', { type: 'file', id: 'pack-editor-file', accept: '.json,application/json' });
  const fileLabel = element('label', { htmlFor: fileInput.id });
  const restoreButton = element('button', { type: 'button', id: 'pack-editor-restore', hidden: true });
  const downloadButton = element('button', { type: 'button', id: 'pack-editor-download' });
  const originText = element('p', { className: 'pack-editor-origin', id: 'pack-editor-origin' });
  const storageStatus = element('p', { className: 'pack-editor-storage', id: 'pack-editor-storage' });
  storageStatus.setAttribute('role', 'status');

  // The text and where the cursor is.
  const textArea = element('textarea', { id: 'pack-editor-text', rows: 22, spellcheck: false, wrap: 'off' });
  textArea.setAttribute('autocapitalize', 'off');
  textArea.setAttribute('autocomplete', 'off');
  textArea.setAttribute('aria-describedby', 'pack-editor-position pack-editor-origin');
  const textLabel = element('label', { htmlFor: textArea.id });
  const position = element('p', { id: 'pack-editor-position', className: 'pack-editor-position' });

  // Errors: a live region whose items are links to their place in the text.
  const problems = element('div', { id: 'pack-editor-problems', className: 'pack-editor-problems' });
  problems.setAttribute('aria-live', 'polite');
  const problemsHeading = element('h3', { id: 'pack-editor-problems-heading' });
  const problemSummary = element('p', { className: 'pack-editor-summary' });
  const problemList = element('ul', { className: 'pack-editor-errors' });
  problems.append(problemSummary, problemList);

  // Preview: the three elements on the last valid draft.
  const previewHeading = element('h3', { id: 'pack-editor-preview-heading' });
  const previewStatus = element('p', { id: 'pack-editor-preview-status', className: 'pack-editor-preview-status' });
  previewStatus.setAttribute('role', 'status');
  const funding = document.createElement('funding-calculator') as HTMLElement & { pack: unknown };
  funding.id = 'pack-editor-funding';
  const tiers = document.createElement('tier-selector') as HTMLElement & { pack: unknown };
  tiers.id = 'pack-editor-tiers';
  const cadence = document.createElement('cadence-checker') as HTMLElement & { pack: unknown };
  cadence.id = 'pack-editor-cadence';
  const previewGrid = element('div', { className: 'pack-editor-preview' }, funding, tiers, cadence);
  previewGrid.hidden = true;
  // "What do the places cost this year": the reader's year, which the calculator lets them change.
  funding.setAttribute('date', `${new Date().getFullYear()}-01-01`);

  // Comparison: the draft against where it started, or two files.
  const compareHeading = element('h3', { id: 'pack-editor-compare-heading' });
  const compareIntro = element('p');
  const compareResult = element('div', { id: 'pack-editor-comparison' });
  const filesDetails = element('details', { className: 'pack-editor-files' });
  const filesSummary = element('summary');
  const olderInput = element('input', { type: 'file', id: 'pack-editor-older', accept: '.json,application/json' });
  const newerInput = element('input', { type: 'file', id: 'pack-editor-newer', accept: '.json,application/json' });
  const olderLabel = element('label', { htmlFor: olderInput.id });
  const newerLabel = element('label', { htmlFor: newerInput.id });
  const filesResult = element('div', { id: 'pack-editor-files-comparison' });
  filesDetails.append(filesSummary, element('div', { className: 'pack-editor-file-pair' }, element('div', {}, olderLabel, olderInput), element('div', {}, newerLabel, newerInput)), filesResult);

  const problemsSection = element('div', {}, problemsHeading, problems);
  problemsSection.setAttribute('role', 'region');
  problemsSection.setAttribute('aria-labelledby', problemsHeading.id);

  root.append(
    element('div', { className: 'pack-editor-controls' }, element('div', {}, startLabel, startChooser), startButton, element('div', {}, fileLabel, fileInput), restoreButton),
    originText,
    storageStatus,
    textLabel,
    textArea,
    position,
    element('div', { className: 'pack-editor-actions' }, downloadButton),
    problemsSection,
    previewHeading,
    previewStatus,
    previewGrid,
    compareHeading,
    compareIntro,
    compareResult,
    filesDetails,
  );

  let draft: Draft;
  let lastValid: RulePack | undefined;
  let current: { errors: RulePackError[]; syntax?: JsonTextPosition } = { errors: [] };
  let storageNote: { key: 'editorRestored' | 'editorSaved' | 'editorNotStored' | 'editorReplaced'; time?: string } | undefined;
  let files: { older?: { name: string; text: string }; newer?: { name: string; text: string } } = {};
  let validateTimer: ReturnType<typeof setTimeout> | undefined;

  const timeText = (iso: string) => new Date(iso).toLocaleString(locale() === 'nn' ? 'nb-NO' : locale() === 'nb' ? 'nb-NO' : locale() === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

  const originName = (origin: Origin) => (origin.kind === 'built-in' ? localize(builtInPacks[origin.id].name, locale()) : origin.name);

  const save = (note: 'editorSaved' | 'editorReplaced' = 'editorSaved') => {
    draft.savedAt = new Date().toISOString();
    const stored = writeStorage(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    storageNote = stored ? { key: note, time: draft.savedAt } : { key: 'editorNotStored' };
    showStorage();
  };

  const showStorage = () => {
    if (!storageNote) return void (storageStatus.textContent = '');
    const time = storageNote.time ? timeText(storageNote.time) : '';
    storageStatus.textContent = storageNote.key === 'editorNotStored' ? t('editorNotStored') : t(storageNote.key, { time });
  };

  const showPosition = () => {
    const { line, column } = positionAt(textArea.value, textArea.selectionStart);
    position.textContent = t('editorPosition', { line, column });
  };

  const goTo = (offset: number) => {
    textArea.focus();
    textArea.setSelectionRange(offset, offset);
    // Bring the line into view: a text area scrolls to its selection only on typing.
    const { line } = positionAt(textArea.value, offset);
    const lineHeight = parseFloat(getComputedStyle(textArea).lineHeight) || 18;
    textArea.scrollTop = Math.max(0, (line - 3) * lineHeight);
    showPosition();
  };

  const validate = () => {
    const text = textArea.value;
    const syntax = findJsonSyntaxError(text);
    if (syntax) {
      current = { errors: [], syntax: { ...syntax, offset: offsetOf(text, syntax.line, syntax.column) } };
    } else {
      const parsed = parseRulePack(text, { lang: locale() });
      current = { errors: parsed.errors };
      if (parsed.ok) {
        lastValid = parsed.pack;
        if (draft.lastValid !== text) {
          draft.lastValid = text;
          writeStorage(DRAFT_STORAGE_KEY, JSON.stringify(draft));
        }
      }
    }
    showProblems();
    showPreview();
    showComparison();
  };

  const showProblems = () => {
    problemsHeading.textContent = t('editorProblems');
    const text = textArea.value;
    const items: HTMLLIElement[] = [];
    const link = (message: string, where: JsonTextPosition | undefined) => {
      const item = element('li');
      if (!where) return void items.push(Object.assign(item, { textContent: message }));
      const anchor = element('a', { href: `#${textArea.id}`, textContent: `${message} (${t('editorAt', { line: where.line, column: where.column })})` });
      anchor.dataset.offset = String(where.offset);
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        goTo(where.offset);
      });
      item.append(anchor);
      items.push(item);
    };
    if (current.syntax) {
      link(t('editorJsonSyntax'), current.syntax);
    } else {
      for (const error of current.errors) link(error.message, locateJsonPath(text, error.path));
    }
    problemSummary.textContent = items.length === 0 ? t('editorValid') : t('editorErrorCount', { count: items.length });
    problemList.replaceChildren(...items);
    problems.classList.toggle('has-errors', items.length > 0);
  };

  const showPreview = () => {
    previewHeading.textContent = t('editorPreview');
    const broken = Boolean(current.syntax) || current.errors.length > 0;
    previewGrid.hidden = !lastValid;
    if (lastValid) {
      for (const preview of [funding, tiers, cadence]) if (preview.pack !== lastValid) preview.pack = lastValid;
    }
    previewStatus.textContent = !lastValid ? t('editorPreviewNone') : broken ? t('editorPreviewStale') : t('editorPreviewCurrent');
    previewStatus.classList.toggle('stale', broken && Boolean(lastValid));
  };

  const changeWord = (change: PackChange['change']) =>
    t(change === 'changed' ? 'editorChanged' : change === 'added' ? 'editorAdded' : change === 'removed' ? 'editorRemoved' : 'editorSourceChanged');

  const comparisonTable = (older: RulePack, newer: RulePack, caption: string) => {
    const { changes } = comparePacks(older, newer, { lang: locale() });
    if (changes.length === 0) return element('p', { className: 'pack-editor-same', textContent: `${caption}: ${t('editorNoChanges')}` });
    const head = element('tr', {}, ...(['editorColumnChange', 'editorColumnFigure', 'editorColumnBefore', 'editorColumnAfter', 'editorColumnSource'] as const).map((key) => element('th', { scope: 'col', textContent: t(key) })));
    const sourceCell = (change: PackChange) => {
      const cell = element('td');
      const before = change.before?.sourceText;
      const after = change.after?.sourceText;
      // Sources are quoted in their documents' language.
      const quote = (text: string, pack: RulePack) => element('span', { lang: pack.language, textContent: text });
      if (change.change === 'source-changed' && before && after) cell.append(quote(before, older), ' → ', quote(after, newer));
      else if (after) cell.append(quote(after, newer));
      else if (before) cell.append(quote(before, older));
      return cell;
    };
    const rows = changes.map((change) => {
      const row = element('tr', {}, element('td', { textContent: changeWord(change.change) }), element('td', { textContent: change.label }), element('td', { textContent: change.before?.text ?? '–' }), element('td', { textContent: change.after?.text ?? '–' }), sourceCell(change));
      row.dataset.key = change.key;
      row.dataset.change = change.change;
      return row;
    });
    return element('table', { className: 'pack-comparison' }, element('caption', { textContent: caption }), element('thead', {}, head), element('tbody', {}, ...rows));
  };

  const showComparison = () => {
    compareHeading.textContent = t('editorCompare');
    compareIntro.textContent = t('editorCompareIntro');
    const base = parseRulePack(draft.origin.text, { lang: locale() });
    const caption = t('editorCompareDraft', { name: originName(draft.origin) });
    if (!base.ok) compareResult.replaceChildren(element('p', { textContent: t('editorBaseInvalid', { name: originName(draft.origin) }) }));
    else if (!lastValid) compareResult.replaceChildren(element('p', { textContent: t('editorPreviewNone') }));
    else {
      const broken = Boolean(current.syntax) || current.errors.length > 0;
      compareResult.replaceChildren(...(broken ? [element('p', { className: 'stale', textContent: t('editorCompareStale') })] : []), comparisonTable(base.pack, lastValid, caption));
    }
    showFiles();
  };

  const showFiles = () => {
    filesSummary.textContent = t('editorCompareFiles');
    olderLabel.textContent = t('editorOlderFile');
    newerLabel.textContent = t('editorNewerFile');
    if (!files.older || !files.newer) return void filesResult.replaceChildren();
    const older = parseRulePack(files.older.text, { lang: locale() });
    const newer = parseRulePack(files.newer.text, { lang: locale() });
    const invalid = [[files.older, older], [files.newer, newer]] as const;
    const messages = invalid.filter(([, result]) => !result.ok).map(([file, result]) => element('p', { className: 'error', textContent: `${t('editorFileInvalid', { name: file.name })} ${result.errors[0]?.message ?? ''}` }));
    if (messages.length > 0 || !older.ok || !newer.ok) return void filesResult.replaceChildren(...messages);
    filesResult.replaceChildren(comparisonTable(older.pack, newer.pack, t('editorCompareTwo', { older: files.older.name, newer: files.newer.name })));
  };

  const showOrigin = () => {
    originText.textContent = t('editorOrigin', { name: originName(draft.origin) });
  };

  /** Replaces the whole text; the text it replaces can be brought back. */
  const replaceDraft = (text: string, origin: Origin) => {
    if (draft && draft.text !== text && draft.text.trim() !== '') {
      writeStorage(REPLACED_STORAGE_KEY, JSON.stringify(draft));
      restoreButton.hidden = false;
    }
    draft = { text, origin, savedAt: new Date().toISOString() };
    textArea.value = text;
    textArea.setSelectionRange(0, 0);
    textArea.scrollTop = 0;
    lastValid = undefined;
    save(restoreButton.hidden ? 'editorSaved' : 'editorReplaced');
    showOrigin();
    validate();
    showPosition();
  };

  const renderTexts = () => {
    startLabel.textContent = t('editorStartFrom');
    startButton.textContent = t('editorStart');
    fileLabel.textContent = t('editorOpenFile');
    restoreButton.textContent = t('editorRestoreReplaced');
    downloadButton.textContent = t('editorDownload');
    textLabel.textContent = t('editorText');
    const chosen = startChooser.value;
    startChooser.replaceChildren(...BUILT_IN_PACK_IDS.map((id) => new Option(localize(builtInPacks[id].name, locale()), id)));
    if (chosen) startChooser.value = chosen;
    showOrigin();
    showStorage();
    showPosition();
    validate();
  };

  textArea.addEventListener('input', () => {
    draft.text = textArea.value;
    save();
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, VALIDATE_AFTER_MS);
    showPosition();
  });
  for (const name of ['keyup', 'click', 'focus', 'select']) textArea.addEventListener(name, showPosition);

  startButton.addEventListener('click', () => {
    const id = startChooser.value as BuiltInPackId;
    replaceDraft(builtInPackText(id), { kind: 'built-in', id, text: builtInPackText(id) });
  });
  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return undefined;
    try {
      return { name: file.name, text: await file.text() };
    } catch {
      storageStatus.textContent = t('editorFileUnreadable', { name: file.name });
      return undefined;
    }
  };
  fileInput.addEventListener('change', async () => {
    const file = await readFile(fileInput);
    if (file) replaceDraft(file.text, { kind: 'file', name: file.name, text: file.text });
    fileInput.value = '';
  });
  restoreButton.addEventListener('click', () => {
    const replaced = JSON.parse(readStorage(REPLACED_STORAGE_KEY) ?? 'null') as Draft | null;
    if (!replaced) return;
    replaceDraft(replaced.text, replaced.origin);
  });
  olderInput.addEventListener('change', async () => {
    files = { ...files, older: await readFile(olderInput) };
    showFiles();
  });
  newerInput.addEventListener('change', async () => {
    files = { ...files, newer: await readFile(newerInput) };
    showFiles();
  });
  downloadButton.addEventListener('click', () => {
    const name = draftFileName(textArea.value);
    const url = URL.createObjectURL(new Blob([textArea.value], { type: 'application/json' }));
    const anchor = element('a', { href: url, download: name });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    storageStatus.textContent = t('editorDownloaded', { name });
  });

  const stored = readDraft();
  if (stored) {
    draft = stored;
    textArea.value = stored.text;
    const restored = stored.lastValid ? parseRulePack(stored.lastValid) : undefined;
    if (restored?.ok) lastValid = restored.pack;
    storageNote = { key: 'editorRestored', time: stored.savedAt };
    if (stored.origin.kind === 'built-in') startChooser.value = stored.origin.id;
  } else {
    const id = BUILT_IN_PACK_IDS[0];
    draft = { text: builtInPackText(id), origin: { kind: 'built-in', id, text: builtInPackText(id) }, savedAt: new Date().toISOString() };
    textArea.value = draft.text;
  }
  restoreButton.hidden = readStorage(REPLACED_STORAGE_KEY) === null;
  textArea.setSelectionRange(0, 0);
  renderTexts();
  if (stored?.origin.kind === 'built-in') startChooser.value = stored.origin.id;
  document.addEventListener('saksvakt-demo-language', renderTexts);
}
