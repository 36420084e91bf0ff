// Builds every package's ESM output (declarations come from `tsc`, see package.json "build:types")
// and the one-script-tag embed bundle. Library builds keep dependencies external; the embed bundle
// inlines them. Output folders are relative to the repository root, where npm runs rollup. Sizes
// and budgets of both delivery paths: docs/bundle-budget.md.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import htmlLiterals from 'rollup-plugin-html-literals';
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';

const root = fileURLToPath(new URL('./', import.meta.url));

/** The workspace packages with a library build, in build order. */
export const PACKAGES = ['sdk', 'mock', 'proxy', 'widgets'];

/**
 * The text of lit's `html` and `css` templates in the elements' sources, minified
 * (rollup-plugin-html-literals: html-minifier-terser and clean-css through minify-literals). Runs
 * before the TypeScript transform, as the plugin asks. `conservativeCollapse` turns a whitespace run
 * into one space and never removes it: an inline fragment such as html` ${t('and')} ` keeps the
 * spaces that separate it from its neighbours. A template the plugin cannot minify fails the build.
 */
export const litTemplates = () =>
  htmlLiterals({
    include: [`${root}packages/widgets/src/**/*.ts`],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  });

/** TypeScript to JavaScript (esbuild), with the project's compiler options. */
const typescript = () => esbuild({ target: 'es2022', tsconfig: `${root}tsconfig.base.json` });

/**
 * The entries of a package's build, read from its package.json `exports`: each target with a
 * `source` (`./src/<name>.ts`) and a `default` (`./dist/<name>.js`) is one entry; a `*` in both
 * stands for every file that matches in the source folder.
 */
export function libraryEntries(pkg) {
  const dir = `${root}packages/${pkg}/`;
  const { exports } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
  const entries = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target !== 'object' || target.source === undefined) continue;
    const name = /^\.\/dist\/(.+)\.js$/.exec(target.default)?.[1];
    if (!name || target.source !== `./src/${name}.ts`) {
      throw new Error(`packages/${pkg}: exports["${subpath}"] must map ./src/X.ts to ./dist/X.js`);
    }
    if (!name.includes('*')) {
      entries[name] = `${dir}src/${name}.ts`;
      continue;
    }
    const [before, after] = name.split('*');
    const folder = `${dir}src/${before.slice(0, before.lastIndexOf('/') + 1)}`;
    for (const file of readdirSync(folder)) {
      const path = `${folder}${file}`.slice(`${dir}src/`.length);
      if (path.startsWith(before) && path.endsWith(`${after}.ts`)) {
        entries[path.slice(0, -'.ts'.length)] = `${dir}src/${path}`;
      }
    }
  }
  return entries;
}

/** Whether `id` is one of `pkg`'s dependencies, peer dependencies or a Node built-in. */
function externalOf(pkg) {
  const manifest = JSON.parse(readFileSync(`${root}packages/${pkg}/package.json`, 'utf8'));
  const names = [
    ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }),
    ...builtinModules,
  ];
  return (id) =>
    id.startsWith('node:') || names.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * The library build of one workspace package, as npm users receive it: each entry of its
 * `exports` → dist/<name>.js (unminified: the app's bundler minifies), its dependencies left
 * external, lit templates minified (an app's bundler would not). An import of a package the
 * package.json does not declare fails the build instead of being inlined or left dangling.
 */
export function library(pkg) {
  return {
    input: libraryEntries(pkg),
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') {
        throw new Error(`packages/${pkg} imports "${warning.exporter}", not in its dependencies`);
      }
      warn(warning);
    },
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    external: externalOf(pkg),
    plugins: [litTemplates(), typescript()],
  };
}

/** Warnings about zod's misplaced pure annotations and internal import cycles: not ours. */
function onwarn(warning, warn) {
  const inDependency = (id) => id?.includes('/node_modules/');
  const noise =
    (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) ||
    (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency));
  if (!noise) warn(warning);
}

/**
 * A production build for browsers of `input`: workspace packages from their sources (the `source`
 * condition), every dependency inlined (lit's production build), lit templates minified, and
 * terser with the options lit's docs recommend ("Building for production"), keeping only `/*!`
 * comments. `npm run size` builds its per-element and SDK rows with it.
 */
export function browserBundle(input) {
  return {
    input,
    onwarn,
    plugins: [
      litTemplates(),
      typescript(),
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.mjs', '.js'] }),
    ],
    output: {
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2021, module: true, format: { comments: /^!/ } })],
    },
  };
}

const embed = browserBundle(`${root}packages/widgets/src/define.ts`);

/**
 * The one-script-tag embed kit (docs/embedding.md): every element registered, with lit, the SDK,
 * ky and zod inlined into one minified ES module, and the licenses of what it inlines in a file
 * beside it. The Simplified Chinese texts go to one chunk beside it, which the elements import
 * (relative to the bundle) only for a zh-CN page. Built alone by `npm start`.
 */
export const embedBundle = {
  ...embed,
  plugins: [...embed.plugins, thirdPartyLicenses('enterprise-center-widgets.LICENSES.txt')],
  output: {
    ...embed.output,
    dir: 'packages/widgets/dist',
    entryFileNames: 'enterprise-center-widgets.js',
    chunkFileNames: 'enterprise-center-widgets-[name]-[hash].js',
    manualChunks: (id) => (/[/\\](zh-cn|messages\.zh-cn)\.ts$/.test(id) ? 'zh-cn' : undefined),
  },
};

export default [...PACKAGES.map(library), embedBundle];
