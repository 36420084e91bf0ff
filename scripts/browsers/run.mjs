// `npm run test:browser`: the browser suite in Chromium, Firefox and WebKit, one engine after
// another (two at once make Firefox and WebKit flaky on 2 cores), then one line of counts and
// the time per engine. `--browsers firefox,webkit` picks engines; other arguments (test files,
// wtr flags) go to each run of web-test-runner. See docs/browsers.md.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { engines } from './engines.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wtr = fileURLToPath(new URL('../../node_modules/.bin/web-test-runner', import.meta.url));

/** Splits `--browsers a,b` (or `--browsers=a,b`) from the arguments meant for web-test-runner. */
function parseArguments(args) {
  const rest = [];
  let names = Object.keys(engines);
  for (let i = 0; i < args.length; i += 1) {
    const [flag, value] = args[i].split(/=(.*)/s);
    if (flag !== '--browsers') rest.push(args[i]);
    else names = (value ?? args[(i += 1)] ?? '').split(',').filter(Boolean);
  }
  const unknown = names.filter((name) => !Object.hasOwn(engines, name));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`--browsers takes a comma-separated list of ${Object.keys(engines)}.`);
    process.exit(2);
  }
  return { names, rest };
}

/** Runs web-test-runner in one engine; resolves with its counts (from the summary reporter). */
function runEngine(name, args) {
  const started = Date.now();
  const child = spawn(wtr, args, {
    cwd: root,
    env: { ...process.env, WTR_BROWSER: name },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  let counts;
  child.on('message', (message) => (counts = message));
  return new Promise((resolve) => {
    const done = (code) => resolve({ name, code, counts, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => done(error.message));
    child.on('close', done);
  });
}

/** One engine's closing line: its counts, in the form CI logs read. */
function countsLine({ name, code, counts }) {
  const { label } = engines[name];
  if (counts === undefined) return `${label} did not report results (${code}).`;
  return `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

const { names, rest } = parseArguments(process.argv.slice(2));
const results = [];
for (const name of names) {
  console.log(`\nBrowser tests in ${engines[name].label}:`);
  results.push(await runEngine(name, rest));
}

console.log(`\nBrowser tests per engine:\n${results.map(countsLine).join('\n')}`);
const times = results.map(({ name, seconds }) => `${engines[name].label} ${Math.round(seconds)} s`);
console.log(`Time per engine: ${times.join(', ')}`);
process.exitCode = results.every(({ code }) => code === 0) ? 0 : 1;
