// Runs every curl example of README.md against a running Awards API and checks each answer
// against the excerpt printed after it, so that the README cannot rot.
//
//   node clients/readme-curls.mjs [README.md] [baseUrl]
//
// A ```bash block with curl lines is an example; each curl is run as written, with
// http://localhost:8080 replaced by baseUrl. The fenced block right after it, if any, is
// what it answers:
// - ```json: every "key": value pair with a plain value (text, number, true, false, null)
//   must be in one of the block's answers, at any depth (the excerpt may elide with …);
// - ```csv or ```text: every line without … must be a line of one of the answers.
// Without such a block, each answer must be JSON and not a problem.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const readme = process.argv[2] ?? 'README.md';
const baseUrl = (process.argv[3] ?? 'http://localhost:8080').replace(/\/$/, '');

// Fenced blocks, also indented ones (in a list item), without their indentation
const blocks = [...readFileSync(readme, 'utf8').matchAll(/^([ \t]*)```(\w*)\n([\s\S]*?)^\1```$/gm)]
  .map((m) => ({ lang: m[2], text: m[3].split('\n').map((line) => line.slice(m[1].length)).join('\n') }));

let passed = 0;
let failed = 0;

function fail(curls, message) {
  failed++;
  console.log(`FAIL ${curls.join(' && ')}\n     ${message}`);
}

function run(curl) {
  const command = curl.replaceAll('http://localhost:8080', baseUrl);
  return execFileSync('bash', ['-c', command], { encoding: 'utf8', timeout: 60000 });
}

function pairsOf(excerpt) {
  const pairs = [];
  const pattern = /"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)(?=\s*[,}\]])/g;
  for (const m of excerpt.matchAll(pattern)) {
    pairs.push([m[1], JSON.parse(m[2])]);
  }
  return pairs;
}

function has(value, key, expected) {
  if (Array.isArray(value)) {
    return value.some((element) => has(element, key, expected));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => (k === key && v === expected) || has(v, key, expected));
  }
  return false;
}

blocks.forEach((block, index) => {
  if (block.lang !== 'bash') {
    return;
  }
  const curls = block.text.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('curl '));
  if (curls.length === 0) {
    return;
  }
  let answers;
  try {
    answers = curls.map(run);
  } catch (error) {
    fail(curls, `did not run: ${error.message}`);
    return;
  }
  const next = blocks[index + 1];
  const expected = next && ['json', 'csv', 'text'].includes(next.lang) ? next : null;
  const problems = [];
  if (expected?.lang === 'json') {
    const parsed = answers.map((answer) => { try { return JSON.parse(answer); } catch { return undefined; } });
    if (parsed.includes(undefined)) {
      problems.push('an answer is not JSON');
    }
    const pairs = pairsOf(expected.text);
    if (pairs.length === 0) {
      problems.push('the excerpt has no value to check');
    }
    for (const [key, value] of pairs) {
      if (!parsed.some((answer) => has(answer, key, value))) {
        problems.push(`no "${key}": ${JSON.stringify(value)} in the answer`);
      }
    }
  } else if (expected) {
    const lines = answers.flatMap((answer) => answer.split(/\r?\n/));
    for (const line of expected.text.split('\n').filter((l) => l.trim() && !l.includes('…'))) {
      if (!lines.includes(line)) {
        problems.push(`no line ${JSON.stringify(line)} in the answer`);
      }
    }
  } else {
    for (const answer of answers) {
      try {
        const json = JSON.parse(answer);
        if (typeof json.type === 'string' && json.type.startsWith('urn:awards-api:problem:')) {
          problems.push(`a problem: ${json.detail}`);
        }
      } catch {
        problems.push('an answer is not JSON');
      }
    }
  }
  if (problems.length > 0) {
    fail(curls, problems.join('\n     '));
  } else {
    passed++;
    console.log(`ok   ${curls.join(' && ')}`);
  }
});

if (passed + failed === 0) {
  console.log(`No curl example found in ${readme}`);
  process.exit(1);
}
console.log(`README examples: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
