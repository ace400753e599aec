import { readFileSync } from 'fs';
import { pdfToText } from './lib/plan/pdf';
import { parsePlan } from './lib/plan/parse';
const t = await pdfToText(readFileSync(process.argv[2]));
const p = parsePlan(t);
console.log(JSON.stringify(p.plan), JSON.stringify(p.document));
