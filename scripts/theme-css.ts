// Writes src/theme/tokens.css from src/theme/tokens.ts. Usage: npm run theme:css
import { writeFileSync } from 'node:fs';
import { themeCss } from '../src/theme/themeCss';

const target = new URL('../src/theme/tokens.css', import.meta.url);
writeFileSync(target, themeCss());
console.log(`wrote ${target.pathname}`);
