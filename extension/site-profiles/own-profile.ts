import { GENERIC_PROFILE } from './generic-profile.js';
import type { SiteProfile } from './schema.js';

/**
 * The caseworker's profile for a journal address no site profile knows: the generic profile's pages
 * for that host (match patterns carry no port), which fields pointed at in the panel then
 * extend, their picked locator tried before the label words.
 */
export function ownProfile(origin: string, profiles: readonly SiteProfile[]): SiteProfile {
  const url = new URL(origin);
  const id = `site-${url.host.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.replace(/-+$/, '');
  const existing = profiles.find((profile) => profile.id === id);
  if (existing) return existing;
  return { ...GENERIC_PROFILE, id, name: url.host, matches: [`${url.protocol}//${url.hostname}/*`] };
}
