// The second delivery path of docs/bundle-budget.md: an app that installs the published packages
// from npm and bundles a page itself. The packages are built with rollup.config.mjs's library
// builds (as `npm run build` builds them) into a scratch folder, packed with `npm pack`, installed
// into a scratch app with `npm install`, and the page is bundled the way a mainstream app does it:
// rollup with @rollup/plugin-node-resolve (browser) and @rollup/plugin-terser at their defaults,
// code splitting on. Nothing in the repository's own folders is read or written but sources.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { library } from '../../rollup.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Builds `pkg` with its library config into `into/<pkg>/` and packs it; returns the tarball. */
async function packPackage(pkg, into) {
  const folder = join(into, pkg);
  await mkdir(folder, { recursive: true });
  for (const file of await readdir(`${root}packages/${pkg}`)) {
    if (/^(package\.json|readme\.md|licen[cs]e(\.md|\.txt)?)$/i.test(file)) {
      await copyFile(`${root}packages/${pkg}/${file}`, join(folder, file));
    }
  }
  const config = library(pkg);
  const build = await rollup(config);
  try {
    await build.write({ ...config.output, dir: join(folder, 'dist') });
  } finally {
    await build.close();
  }
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', into, folder]);
  return join(into, stdout.trim().split('\n').at(-1));
}

/**
 * `npm install` of the tarballs into the app folder: from npm's cache alone when it holds every
 * dependency (`--offline`), else asking the registry for what is missing (`--prefer-offline`).
 * Resolves with where the dependencies came from.
 */
async function install(app, tarballs) {
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs];
  try {
    await run('npm', [...args, '--offline'], { cwd: app });
    return 'npm cache';
  } catch {
    await run('npm', [...args, '--prefer-offline'], { cwd: app });
    return 'npm cache and registry';
  }
}

/** Warnings from inside installed packages (zod's pure annotations, import cycles): not ours. */
function onwarn(warning, warn) {
  const inDependency = (id) => id?.includes('/node_modules/');
  if (!inDependency(warning.id) && !warning.ids?.every(inDependency)) warn(warning);
}

/**
 * Installs the published `packages` (workspace folder names) in a scratch app, bundles `source`
 * (the page's module text) and resolves with rollup's `output` and where the dependencies were
 * installed `from`. The scratch folder is removed.
 */
export async function bundlePublishedPage({ packages, source }) {
  const work = await mkdtemp(join(tmpdir(), 'enterprise-center-size-'));
  try {
    const tarballs = [];
    for (const pkg of packages) tarballs.push(await packPackage(pkg, join(work, 'packed')));
    const app = join(work, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), '{ "name": "page", "private": true }\n');
    const from = await install(app, tarballs);
    await writeFile(join(app, 'page.js'), `${source}\n`);
    const build = await rollup({
      input: join(app, 'page.js'),
      onwarn,
      plugins: [nodeResolve({ browser: true, rootDir: app })],
    });
    try {
      const { output } = await build.generate({ format: 'es', plugins: [terser()] });
      return { output, from };
    } finally {
      await build.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
