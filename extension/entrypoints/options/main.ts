import '../../messaging/no-eval.js';
import { renderOptionsPage } from '../../options/render-options-page.js';

void renderOptionsPage(document.querySelector<HTMLElement>('#options')!);
