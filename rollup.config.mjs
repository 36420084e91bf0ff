// Builds every package's ESM output (declarations come from `tsc`, see package.json "build:types").
// Library builds keep dependencies external; the embed bundle (added by the widgets package) inlines them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { terserOptions } from './scripts/minify-code.mjs';
import { minifyTemplatesRollup } from './scripts/minify-templates.mjs';
import { licenseBanner, thirdPartyLicensesRollup } from './scripts/third-party-licenses.mjs';

/** The file beside the embed bundle with the licenses of the packages inlined into it. */
const LICENSES = 'enterprise-center-widgets.LICENSES.txt';

/**
 * A library build of one workspace package: each entry -> dist/<name>.js, deps left external;
 * `plugins` run before the TypeScript transform.
 */
function library(pkg, entries, external, plugins = []) {
  return {
    input: Object.fromEntries(entries.map((name) => [name, `packages/${pkg}/src/${name}.ts`])),
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [...plugins, esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  };
}

/**
 * The one-script-tag embed kit: both elements registered, with lit, the SDK, ky and zod
 * inlined into one minified ES module (docs/embedding.md). The Simplified Chinese texts go to
 * one chunk beside it, which the elements import (relative to the bundle) only for a zh-CN page
 * (ADR 0453). The elements' css`` and html`` texts are minified too (ADR 0456), and terser
 * minifies the output (ADR 0465). Built alone by `npm start`.
 */
export const embedBundle = {
  input: 'packages/widgets/src/define.ts',
  onwarn(warning, warn) {
    // zod's misplaced pure annotations and internal import cycles are harmless and not ours.
    const inDependency = (id) => id?.includes('/node_modules/');
    const noise =
      (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) ||
      (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency));
    if (!noise) warn(warning);
  },
  output: {
    dir: 'packages/widgets/dist',
    entryFileNames: 'enterprise-center-widgets.js',
    chunkFileNames: 'enterprise-center-widgets-[name]-[hash].js',
    manualChunks: (id) => (/[/\\](zh-cn|messages\.zh-cn)\.ts$/.test(id) ? 'zh-cn' : undefined),
    format: 'es',
    sourcemap: true,
    plugins: [
      minify({ target: 'es2022', legalComments: 'none' }),
      terser({ ...terserOptions, format: { preamble: licenseBanner(LICENSES) } }),
    ],
  },
  plugins: [
    minifyTemplatesRollup(),
    thirdPartyLicensesRollup(LICENSES),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.mjs', '.js'] }),
  ],
};

export default [
  library('sdk', ['index', 'signer'], ['ky', 'zod']),
  library('mock', ['index'], ['msw']),
  library(
    'widgets',
    ['index', 'define', 'react'],
    ['lit', '@lit/react', 'react', '@enterprise-center/sdk'],
    [minifyTemplatesRollup()],
  ),
  embedBundle,
];
