import type { FieldName, Locator, SiteProfile } from '../site-profiles/schema.js';

/**
 * A copy of the profile with `locator` tried first for `field` on `pageId` (kept once; the old
 * locators stay behind it as fallbacks). The field is added if the page did not have it.
 */
export function addLocator(profile: SiteProfile, pageId: string, field: FieldName, locator: Locator, type: 'date' | 'number' | 'text'): SiteProfile {
  const key = JSON.stringify(locator);
  return {
    ...profile,
    pages: profile.pages.map((page) => {
      if (page.id !== pageId) return page;
      const current = page.fields[field];
      const rest = (current?.locators ?? []).filter((entry) => JSON.stringify(entry) !== key);
      return { ...page, fields: { ...page.fields, [field]: { type: current?.type ?? type, locators: [locator, ...rest] } } };
    }),
  };
}
