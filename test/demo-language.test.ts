import { describe, expect, it } from 'vitest';
import { initialLanguage, withLanguage } from '../demo/demo-language.js';

describe('demo language', () => {
  it('follows the browser: the first of its languages that is one of ours', () => {
    expect(initialLanguage('', null, ['en-US', 'en'])).toBe('en');
    expect(initialLanguage('', null, ['da-DK'])).toBe('da');
    expect(initialLanguage('', null, ['fr-FR', 'nn-NO', 'en'])).toBe('nn');
    expect(initialLanguage('', null, ['no'])).toBe('nb');
  });

  it('the reader\'s earlier choice beats the browser, and a link\'s ?lang= beats both', () => {
    expect(initialLanguage('', 'nb', ['en-US'])).toBe('nb');
    expect(initialLanguage('?lang=da', 'nb', ['en-US'])).toBe('da');
  });

  it('puts the language in the address, keeping the rest', () => {
    expect(withLanguage('http://x.test/demo/?a=1#scenario=alver-2023', 'en')).toBe('http://x.test/demo/?a=1&lang=en#scenario=alver-2023');
    expect(withLanguage('http://x.test/?lang=nn', 'da')).toBe('http://x.test/?lang=da');
  });

  describe('edge cases', () => {
    it('ignores an unknown ?lang= or stored value, and falls back to English for unknown browsers', () => {
      expect(initialLanguage('?lang=sv', 'xx', ['de-DE'])).toBe('en');
      expect(initialLanguage('?lang=', null, [])).toBe('en');
    });
  });
});
