/**
 * Every language's engine messages, present up front: imported by `shared/index.ts` (the demo, the
 * extension, the CLI and the tests use it), so the engines answer in any language without
 * `loadLocale`. The package entries leave it out and load one language at a time.
 */
import da from './da/index.js';
import en from './en/index.js';
import { sharedMessages } from './load.js';
import nb from './nb/index.js';
import nn from './nn/index.js';

for (const [locale, messages] of [['en', en], ['nn', nn], ['nb', nb], ['da', da]] as const) sharedMessages.provide(locale, messages);
