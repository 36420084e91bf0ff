// The licenses of the packages inlined into the embed bundle (scripts/third-party-licenses.mjs):
// written beside it, named by its first line, and nothing else of them left in the code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  rollup,
  type OutputAsset,
  type OutputChunk,
  type OutputOptions,
  type RollupOptions,
} from 'rollup';
import { licensesText } from '../../scripts/third-party-licenses.mjs';

const configUrl = new URL('../../rollup.config.mjs', import.meta.url).href;

/** The embed bundle as `npm run build` writes it: its chunks and its licenses file. */
async function buildEmbed() {
  const { embedBundle: config } = (await import(configUrl)) as {
    embedBundle: RollupOptions & { output: OutputOptions };
  };
  const built = await rollup({ ...config, onwarn: () => {} });
  try {
    const { output } = await built.generate(config.output);
    const chunks = output.filter((item): item is OutputChunk => item.type === 'chunk');
    const licenses = output.find(
      (item): item is OutputAsset => item.fileName === 'enterprise-center-widgets.LICENSES.txt',
    );
    return { entry: chunks.find((chunk) => chunk.isEntry)!, chunks, licenses };
  } finally {
    await built.close();
  }
}

const { entry, chunks, licenses } = await buildEmbed();

describe('licenses of the packages inlined into the embed bundle', () => {
  it('are written beside the bundle, which names that file first thing', () => {
    assert.ok(licenses, 'no LICENSES file beside the bundle');
    assert.match(entry.code, /^\/\*! Licenses: enterprise-center-widgets\.LICENSES\.txt \*\/\n/);
    const text = String(licenses.source);
    for (const name of ['@lit/reactive-element', 'lit-element', 'lit-html', 'ky', 'zod']) {
      assert.match(text, new RegExp(`^${name}@\\d+\\.\\d+\\.\\d+ \\((MIT|BSD-3-Clause)\\)$`, 'm'));
    }
    assert.match(text, /Copyright \(c\) 2017 Google LLC/);
    assert.match(text, /Sindre Sorhus/);
    assert.match(text, /Colin McDonnell/);
    assert.doesNotMatch(text, /@enterprise-center\//, 'our own packages are not third-party');
  });

  it('name no licenses file in a chunk without third-party code (the zh-CN texts)', () => {
    const zhCn = chunks.find((chunk) => chunk.name === 'zh-cn');
    assert.ok(zhCn, 'the embed build writes a zh-CN chunk');
    assert.doesNotMatch(zhCn.code, /Licenses:/);
  });

  it('leave no @license comment inside the minified code (the file holds the full texts)', () => {
    const body = entry.code.slice(entry.code.indexOf('\n'));
    assert.doesNotMatch(body, /@license/);
  });

  it('a package without a license file stops the build', () => {
    assert.throws(
      () => licensesText(['/work/nowhere/node_modules/no-such-package/index.js']),
      /no-such-package|ENOENT/,
    );
  });
});
