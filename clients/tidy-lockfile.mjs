// Keeps package-lock.json free of any URL: npm writes no "resolved" download URL (see
// .npmrc: omit-lockfile-registry-resolved), and this drops the "funding" links too.
// Run after changing package.json: npm run lock
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
for (const entry of Object.values(lock.packages ?? {})) {
  delete entry.funding;
  delete entry.resolved;
}
const text = JSON.stringify(lock, null, 2) + '\n';
if (/"resolved"|https?:\/\//.test(text)) {
  console.error(`${file} still names a URL`);
  process.exit(1);
}
writeFileSync(file, text);
console.log(`${file}: no URL`);
