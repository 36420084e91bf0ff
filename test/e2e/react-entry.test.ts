// `@enterprise-center/widgets/react`: typed wrappers, and React kept out of every other entry.
// (Rendering them needs react-dom, which the project does not install.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
import type { AcceptInvitationProps, InviteMemberProps } from '../../packages/widgets/src/react.js';
import type {
  InvitationAcceptedEvent,
  InvitationFailedEvent,
  InvitationSentEvent,
  PrecheckCompletedEvent,
} from '../../packages/widgets/src/index.js';
import type { Client } from '@enterprise-center/sdk';

// Compile-time contract of the props (checked by `npm run typecheck`): element properties are
// props, and each `on…` prop receives the element's typed event.
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type EventOf<P, K extends keyof P> = NonNullable<P[K]> extends (event: infer E) => void ? E : never;
const propsContract: [
  Same<EventOf<InviteMemberProps, 'onInvitationSent'>, InvitationSentEvent>,
  Same<EventOf<InviteMemberProps, 'onPrecheckCompleted'>, PrecheckCompletedEvent>,
  Same<EventOf<InviteMemberProps, 'onInvitationFailed'>, InvitationFailedEvent>,
  Same<EventOf<AcceptInvitationProps, 'onInvitationAccepted'>, InvitationAcceptedEvent>,
  Same<InviteMemberProps['client'], Client | undefined>,
  Same<InviteMemberProps['accountName'], string | undefined>,
] = [true, true, true, true, true, true];
void propsContract;

const root = new URL('../../', import.meta.url);

/** The widgets library build of rollup.config.mjs, generated in memory. */
async function widgetsLibrary(): Promise<OutputChunk[]> {
  const { default: configs } = (await import(new URL('rollup.config.mjs', root).href)) as {
    default: (RollupOptions & { output: { dir?: string } })[];
  };
  const config = configs.find((candidate) => candidate.output.dir === 'packages/widgets/dist');
  assert.ok(config, 'rollup.config.mjs builds packages/widgets/dist');
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    const { output } = await bundle.generate(config.output);
    return output.filter((item): item is OutputChunk => item.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

/** Every bare module an entry loads, following its chunks. */
function externalImports(chunks: OutputChunk[], entry: string): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = byFile.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunk.imports) {
      if (byFile.has(imported)) visit(imported);
      else external.add(imported);
    }
  };
  visit(entry);
  return external;
}

describe('@enterprise-center/widgets/react', () => {
  it('is the only entry that loads react and @lit/react', async () => {
    const chunks = await widgetsLibrary();
    for (const entry of ['index.js', 'define.js']) {
      const loaded = [...externalImports(chunks, entry)];
      assert.deepEqual(
        loaded.filter((name) => name === 'react' || name.startsWith('@lit/react')),
        [],
        `${entry} loads no React`,
      );
    }
    const react = externalImports(chunks, 'react.js');
    assert.ok(react.has('react') && react.has('@lit/react'));
  });
});
