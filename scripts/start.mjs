// `npm start`: builds the embed bundle (the only build output the demo needs; everything else is
// served from source), then serves the demo on the embedded fake backend and prints its URL.
// PORT picks the port (default 8000); a taken port falls back to a free one, PORT=0 takes any.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { rollup } from 'rollup';
import { embedBundle } from '../rollup.config.mjs';
import devServerConfig, { demoPath } from '../web-dev-server.config.mjs';

const hostname = 'localhost';

/** Resolves with `port` if it can be bound on `hostname`, else with a port the OS picks. */
function choosePort(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) resolve(choosePort(0));
      else reject(error);
    });
    probe.listen(port, hostname, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

async function buildEmbedBundle() {
  const started = Date.now();
  const bundle = await rollup(embedBundle);
  try {
    await bundle.write(embedBundle.output);
  } finally {
    await bundle.close();
  }
  console.log(
    `Built ${embedBundle.output.dir}/${embedBundle.output.entryFileNames} in ${Date.now() - started} ms`,
  );
}

const requested = Number.parseInt(process.env.PORT ?? '8000', 10);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a port number (0 picks a free one), not "${process.env.PORT}".`);
  process.exit(1);
}

await buildEmbedBundle();
const port = await choosePort(requested);
if (requested !== 0 && port !== requested)
  console.log(`Port ${requested} is taken; using ${port}.`);

await startDevServer({
  config: { ...devServerConfig, hostname, port },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const origin = `http://${hostname}:${port}`;
console.log(`Demo:         ${origin}${demoPath}`);
console.log(`Embed sample: ${origin}${demoPath}embed.html`);
console.log('Press Ctrl+C to stop.');
