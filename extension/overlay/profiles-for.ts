import { MatchPattern } from 'wxt/utils/match-patterns';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { GENERIC_PROFILE } from '../site-profiles/generic-profile.js';
import type { SiteProfile } from '../site-profiles/schema.js';

/**
 * Profiles for this URL: the built-in ones (a caseworker's or the policy's profile with the same id
 * replaces them), then the generic one, which reads ordinary labels on any granted page.
 */
export function profilesFor(url: string, custom: SiteProfile[]): SiteProfile[] {
  const byId = new Map<string, SiteProfile>();
  for (const profile of [...BUILT_IN_PROFILES, GENERIC_PROFILE, ...custom]) byId.set(profile.id, profile);
  const generic = byId.get(GENERIC_PROFILE.id)!;
  byId.delete(GENERIC_PROFILE.id);
  return [...byId.values(), generic].filter((profile) => profile.matches.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  }));
}
