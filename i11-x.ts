import { readFileSync } from 'fs';
import { pdfToText } from './lib/plan/pdf';
const t = await pdfToText(readFileSync(process.argv[2]));
console.log(t.slice(0, 600));
