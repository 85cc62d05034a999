import { parseHTML } from 'linkedom';
import { runProfileCheck } from './profile-check.js';

process.exitCode = runProfileCheck(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) }, (html) => parseHTML(html).document as unknown as Document);
