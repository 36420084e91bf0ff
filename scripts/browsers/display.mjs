// WebKitGTK's MiniBrowser has no headless mode: it runs on a private X display (Xvfb) whose GTK
// theme the harness owns through an XSETTINGS daemon (xsettingsd). WebKitGTK reports
// `prefers-color-scheme: dark` while the theme's name ends in `-dark`, and follows a change live,
// so switching the theme is WebKit's colour-scheme emulation (ADR 0700).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const themes = { light: 'Adwaita', dark: 'Adwaita-dark' };

/** Spawns a helper program; `ready` resolves with the first match of `pattern` in `output`. */
function start(command, args, options, { output, pattern, debianPackage }) {
  const child = spawn(command, args, options);
  const ready = new Promise((resolve, reject) => {
    let text = '';
    const fail = (why) => {
      clearTimeout(timer);
      reject(new Error(`WebKit: ${command} ${why}`));
    };
    const timer = setTimeout(fail, 10_000, 'did not start within 10 s');
    child.on('error', (error) => {
      const hint = error.code === 'ENOENT' ? ` (apt-get install ${debianPackage})` : '';
      fail(`could not start${hint}: ${error.message}`);
    });
    child.on('exit', (code, signal) => fail(`exited (${signal ?? code})`));
    child.stdio[output].on('data', (chunk) => {
      text += chunk;
      const match = pattern.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
  return { child, ready };
}

/**
 * Starts Xvfb on a free display and xsettingsd on it with the light theme.
 * @returns {Promise<{ display: string, setColorScheme(scheme: 'light' | 'dark'): Promise<void>, stop(): Promise<void> }>}
 */
export async function startDisplay() {
  const folder = await mkdtemp(join(tmpdir(), 'webkit-display-'));
  const settings = join(folder, 'xsettings.conf');
  const writeTheme = (scheme) => writeFile(settings, `Net/ThemeName "${themes[scheme]}"\n`);
  await writeTheme('light');

  // -displayfd: Xvfb picks a free display number and writes it to fd 3.
  const xvfb = start(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    { output: 3, pattern: /^(\d+)\n/, debianPackage: 'xvfb' },
  );
  const children = [xvfb.child];
  const stop = async () => {
    for (const child of children) child.kill();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const [, number] = await xvfb.ready;
    const display = `:${number}`;
    const xsettingsd = start(
      'xsettingsd',
      ['-c', settings],
      { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'ignore', 'pipe'] },
      { output: 2, pattern: /Took ownership of selection/, debianPackage: 'xsettingsd' },
    );
    children.unshift(xsettingsd.child);
    await xsettingsd.ready;
    return {
      display,
      async setColorScheme(scheme) {
        await writeTheme(scheme);
        xsettingsd.child.kill('SIGHUP');
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
