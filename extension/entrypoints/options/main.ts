import { renderOptionsPage } from '../../options/render-options-page.js';

void renderOptionsPage(document.querySelector<HTMLElement>('#options')!);
