// The last step of every production build: terser over esbuild's output (rollup.config.mjs for
// the shipped embed bundle, scripts/size/measure.mjs for every size row and the peer comparison).
// esbuild transpiles, bundles and minifies fast; terser's second compress pass finds what esbuild
// leaves (≈ 2.5 % of the gzip bytes of the embed bundle). See docs/decisions/0465-terser-last.md.
import { Buffer } from 'node:buffer';
import { minify } from 'terser';

/**
 * terser settings: an ES module for es2020+ browsers, two compress passes, no unsafe transforms,
 * no comments (the licenses of inlined packages go to a file beside the bundle, ADR 0466).
 */
export const terserOptions = Object.freeze({
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  format: { comments: false },
});

/** `code` (an ES module) minified with {@link terserOptions}. */
export async function minifyCode(code) {
  const text = typeof code === 'string' ? code : Buffer.from(code).toString('utf8');
  const result = await minify(text, terserOptions);
  return result.code;
}
