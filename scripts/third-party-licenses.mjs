// The licenses of the packages a bundle inlines, as one rollup plugin: it writes them to a text
// file beside the bundle and opens every chunk that holds their code with a `/*! Licenses: <file> */`
// line (a `/*!` comment, which minifiers keep by convention). lit's BSD-3-Clause and ky's and zod's
// MIT licenses ask for their notices to travel with every copy. See docs/bundle-budget.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder and package.json of the installed package that holds `file`, if any. */
function packageOf(file) {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = file.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  const folder = join(file.slice(0, at), 'node_modules', name);
  return { folder, manifest: JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) };
}

/** The text of a package's license file (LICENSE, LICENCE, license.md, …). */
function licenseText(folder) {
  const file = readdirSync(folder).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  if (!file) throw new Error(`${folder} ships no license file`);
  return readFileSync(join(folder, file), 'utf8').trim();
}

/** Whether a module path lies in an installed package. */
const isThirdParty = (file) => packageOf(file.replaceAll('\\', '/')) !== undefined;

/**
 * One text with every installed package among `files` (module paths), sorted by name: name,
 * version, license id and the license text. Throws when a package ships no license file.
 */
export function licensesText(files) {
  const packages = new Map();
  for (const file of files) {
    const found = packageOf(file.replaceAll('\\', '/'));
    if (found) packages.set(found.manifest.name, found);
  }
  return [...packages.keys()]
    .sort()
    .map((name) => {
      const { folder, manifest } = packages.get(name);
      const heading = `${name}@${manifest.version} (${manifest.license})`;
      return `${heading}\n${'='.repeat(heading.length)}\n\n${licenseText(folder)}\n`;
    })
    .join('\n');
}

/**
 * A rollup plugin writing {@link licensesText} of every module in the output to `fileName` beside
 * the bundle, and naming that file in the first line of each chunk with third-party code.
 */
export function thirdPartyLicenses(fileName) {
  return {
    name: 'third-party-licenses',
    banner(chunk) {
      return Object.keys(chunk.modules).some(isThirdParty) ? `/*! Licenses: ${fileName} */` : '';
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk' ? Object.keys(item.modules) : [],
      );
      this.emitFile({ type: 'asset', fileName, source: licensesText(files) });
    },
  };
}
