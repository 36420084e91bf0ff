// Each element's define entry (`@enterprise-center/widgets/define/<tag>`) ships that element only:
// a page that registers one element downloads none of the others' code or texts, up front or in
// its lazily loaded zh-CN chunk.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const root = new URL('../../', import.meta.url);
const { browserBundle } = (await import(new URL('rollup.config.mjs', root).href)) as {
  browserBundle: (input: string) => RollupOptions & { output: OutputOptions };
};

const ELEMENTS = ['invite-member', 'accept-invitation', 'sent-invitations'] as const;

/** The source modules of the widgets package that end up in any chunk of `entry`'s bundle. */
async function widgetModules(entry: string): Promise<string[]> {
  const config = browserBundle(new URL(entry, root).pathname);
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.generate(config.output);
    return output
      .flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []))
      .map((id) => id.split('/packages/widgets/src/')[1])
      .filter((id): id is string => id !== undefined);
  } finally {
    await bundle.close();
  }
}

describe("each element's define entry", () => {
  for (const element of ELEMENTS) {
    it(`ships <${element}> without the other elements' code or texts`, async () => {
      const modules = await widgetModules(`packages/widgets/src/define/${element}.ts`);
      assert.ok(
        modules.some((id) => id.startsWith(`${element}/`)),
        `the bundle lacks <${element}> itself`,
      );
      assert.ok(
        modules.some((id) => id === `${element}/messages.zh-cn.ts`),
        `the bundle lacks <${element}>'s zh-CN texts`,
      );
      const others = ELEMENTS.filter((other) => other !== element);
      const foreign = modules.filter((id) => others.some((other) => id.startsWith(`${other}/`)));
      assert.deepEqual(foreign, []);
    });
  }
});
