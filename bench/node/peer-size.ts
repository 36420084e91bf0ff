// Our SDK beside the nearest peer SDK, AWS Organizations (invite an account, accept a handshake),
// both bundled by esbuild with the same production settings. (esbuild, not the rollup builds of
// `npm run size`: the AWS SDK imports JSON, which rollup needs another plugin for.)
import { build } from 'esbuild';
import { root, weigh, type Size } from '../../scripts/size/measure.mjs';

/** One bundle of the comparison. */
export interface PeerBundle {
  label: string;
  /** The module text bundled (every export is kept, so nothing is shaken away unused). */
  source: string;
  size: Size;
}

/** Our bundles, the peer's, and ours as a share of the peer's (gzip, brotli, raw). */
export interface PeerComparison {
  peer: PeerBundle;
  ours: (PeerBundle & { ratio: Size })[];
}

const PEER = {
  label: '@aws-sdk/client-organizations: client + InviteAccountToOrganization + AcceptHandshake',
  source: `import { OrganizationsClient, InviteAccountToOrganizationCommand, AcceptHandshakeCommand } from '@aws-sdk/client-organizations';
export const createClient = (region) => new OrganizationsClient({ region });
export const invite = (client, input) => client.send(new InviteAccountToOrganizationCommand(input));
export const accept = (client, input) => client.send(new AcceptHandshakeCommand(input));`,
};

const OURS = [
  {
    label: '@enterprise-center/sdk: every resource and export',
    source: `export * from '@enterprise-center/sdk';`,
  },
  {
    label: '@enterprise-center/sdk: createClient (what a web page loads)',
    source: `export { createClient } from '@enterprise-center/sdk';`,
  },
];

const ratio = (ours: Size, peer: Size): Size => ({
  raw: Math.round((ours.raw / peer.raw) * 1000) / 1000,
  gzip: Math.round((ours.gzip / peer.gzip) * 1000) / 1000,
  brotli: Math.round((ours.brotli / peer.brotli) * 1000) / 1000,
});

/** `source` bundled and minified for browsers, every dependency inlined (our SDK from source). */
async function bundle(source: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

async function measure({ label, source }: { label: string; source: string }): Promise<PeerBundle> {
  return { label, source, size: weigh(await bundle(source)) };
}

/** Bundles and weighs both sides. */
export async function comparePeerSize(): Promise<PeerComparison> {
  const peer = await measure(PEER);
  const ours = [];
  for (const entry of OURS) {
    const measured = await measure(entry);
    ours.push({ ...measured, ratio: ratio(measured.size, peer.size) });
  }
  return { peer, ours };
}
