import profilPage from '../../test/fixtures/journal/profil-vedtak-vekstbedrift.html?raw';
import type { Locale } from '../../shared/index.js';
import { runChecks, type Badge } from '../../extension/checks/run-checks.js';
import { detectPage, extractCase, pageScope } from '../../extension/extract/extract-case.js';
import { BUILT_IN_PROFILES } from '../../extension/site-profiles/built-in-profiles.js';
import { BADGE_CSS, renderBadges } from '../../extension/overlay/badge-view.js';
import { translateDemo } from '../messages.js';

const PROFILE = BUILT_IN_PROFILES.find((profile) => profile.id === 'profil-vedtak')!;

/**
 * The journal preview: the Profil-style stand-in page in a frame, read and checked by the same
 * code the extension runs (site profile, field reading, checks, badge view), so a trainer can
 * show the inline checks without installing the extension. Typing into the page re-checks it.
 */
export function renderJournalPreview(root: HTMLElement, locale: () => Locale): void {
  const frame = document.createElement('iframe');
  frame.className = 'journal-preview';
  frame.srcdoc = profilPage;
  // The journal page keeps its desktop width, as in the real system; narrow screens scroll it.
  const viewport = document.createElement('div');
  viewport.className = 'journal-preview-viewport';
  viewport.tabIndex = 0; // scrollable on narrow screens: keyboard users must reach it
  viewport.setAttribute('role', 'region');
  viewport.append(frame);
  root.replaceChildren(viewport);
  const title = () => {
    frame.title = translateDemo(locale(), 'previewFrame');
    viewport.setAttribute('aria-label', frame.title);
  };
  title();
  document.addEventListener('saksvakt-demo-language', title);

  const hosts = new Map<Element, HTMLElement>();
  const check = () => {
    const page = frame.contentDocument;
    if (!page?.body) return;
    const profile = detectPage(page, PROFILE);
    if (!profile) return;
    const extracted = extractCase(pageScope(page, profile), profile, PROFILE);
    const checks = runChecks(extracted, profile, PROFILE, { lang: locale() });
    const byAnchor = new Map<Element, Badge[]>();
    for (const badge of checks.badges) {
      const anchor = extracted.fields[badge.anchor]?.element;
      if (anchor) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), badge]);
    }
    for (const [anchor, host] of hosts) if (!byAnchor.has(anchor)) (host.remove(), hosts.delete(anchor));
    for (const [anchor, badges] of byAnchor) {
      let host = hosts.get(anchor);
      if (!host) {
        host = page.createElement('saksvakt-badge');
        const shadow = host.attachShadow({ mode: 'open' });
        const style = page.createElement('style');
        style.textContent = BADGE_CSS;
        shadow.append(style, page.createElement('span'));
        anchor.after(host);
        hosts.set(anchor, host);
      }
      renderBadges(host.shadowRoot!.lastElementChild as HTMLElement, badges);
    }
  };
  frame.addEventListener('load', () => {
    hosts.clear();
    check();
    frame.contentDocument?.addEventListener('input', () => queueMicrotask(check), true);
  });
  document.addEventListener('saksvakt-demo-language', check);
}
