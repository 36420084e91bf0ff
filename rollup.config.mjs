// Builds every package's ESM output (declarations come from `tsc`, see package.json "build:types").
// Library builds keep dependencies external; the embed bundle (added by the widgets package) inlines them.
import esbuild from 'rollup-plugin-esbuild';

/** A library build of one workspace package: each entry -> dist/<name>.js, deps left external. */
function library(pkg, entries, external) {
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
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  };
}

export default [
  library('sdk', ['index', 'signer'], ['ky', 'zod']),
  library('mock', ['index'], ['msw']),
  library('widgets', ['index', 'define'], ['lit', '@lit/task', '@enterprise-center/sdk']),
];
