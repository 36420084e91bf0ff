// `npm start`: builds what production serves (the widgets bundle and the main demo, both bundled
// and minified), then runs, in this one process:
//   - the main demo, demo/dist with the fake backend inside the tab, on PORT (default 8000);
//   - the sample portal (demo/portal: sign-in, the elements, @enterprise-center/proxy) on PORT+1;
//   - the fake backend over HTTP, behind the portal's proxy, on 127.0.0.1:PORT+2.
// A taken port falls back to a free one; PORT=0 takes free ones. See docs/demo.md.
// Run through package.json (`node --conditions=source --import tsx`): the servers are TypeScript
// and the workspace packages load from source.
import { rollup } from 'rollup';
import { embedBundle } from '../rollup.config.mjs';
import { buildDemo, demoOutDir } from './build-demo.mjs';
import { listen } from './demo/listen.ts';
import { startPortalStack } from './demo/portal-stack.ts';
import { staticSite } from './demo/static-site.ts';

const host = 'localhost';

/** The port PORT asks for, or exits with a message saying what is wrong with it. */
function requestedPort() {
  const port = Number.parseInt(process.env.PORT ?? '8000', 10);
  if (Number.isInteger(port) && port >= 0 && port <= 65533) return port;
  console.error(
    `PORT must be a port number up to 65533 (0 picks free ones), not "${process.env.PORT}".`,
  );
  process.exit(1);
}

async function buildEmbedBundle() {
  const started = Date.now();
  const bundle = await rollup(embedBundle);
  try {
    await bundle.write(embedBundle.output);
  } finally {
    await bundle.close();
  }
  const { dir, entryFileNames } = embedBundle.output;
  console.log(`Built ${dir}/${entryFileNames} in ${Date.now() - started} ms`);
}

const port = requestedPort();
/** The port `offset` above PORT, or 0 (a free one) when PORT is 0. */
const nextTo = (offset) => (port === 0 ? 0 : port + offset);
const sayTaken = (taken) => {
  if (taken !== undefined) console.log(`Port ${taken} is taken; using another.`);
};

await buildEmbedBundle();
console.log(`Built the demo into ${demoOutDir} in ${await buildDemo()} ms`);

const demo = await listen(staticSite(demoOutDir), port, host);
sayTaken(demo.taken);
const stack = await startPortalStack({ portalPort: nextTo(1), backendPort: nextTo(2), host });
sayTaken(stack.portal.taken);
sayTaken(stack.backendPortTaken);

console.log(`Demo:         ${demo.origin}/`);
console.log(`Portal:       ${stack.portal.origin}/`);
console.log(`Fake backend: ${stack.backend.url}/ (control API under /__control/)`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.allSettled([demo.close(), stack.close()]);
    process.exit(0);
  });
}
