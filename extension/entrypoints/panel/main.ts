import '../../messaging/no-eval.js';
import { renderCasePanel } from '../../panel/render-case-panel.js';

renderCasePanel(document.querySelector<HTMLElement>('#panel')!);
