import '../../messaging/no-eval.js';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startBackground } from '../../background/start-background.js';

export default defineBackground({
  type: 'module',
  main: () => startBackground(browser),
});
