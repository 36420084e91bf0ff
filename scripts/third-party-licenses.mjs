// The licenses of the packages inlined into the one-script-tag bundle, written beside it as one
// text file (rollup.config.mjs) instead of as comments inside it: lit's BSD-3-Clause and ky's and
// zod's MIT licenses ask for their notices to travel with every copy. See
// docs/decisions/0466-third-party-licenses-file.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The comment that opens the bundle and names the file with the licenses. */
export const licenseBanner = (fileName) => `/*! Licenses: ${fileName} */`;

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

/**
 * One text with every installed package among `files` (module paths), sorted by name: name,
 * version, license id and the license text. Throws when a package ships no license file.
 */
export function thirdPartyLicenses(files) {
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
 * A rollup plugin writing {@link thirdPartyLicenses} of every module in the output to `fileName`
 * beside the bundle. Pair it with `output.banner: licenseBanner(fileName)`.
 */
export function thirdPartyLicensesRollup(fileName) {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk' ? Object.keys(item.modules) : [],
      );
      this.emitFile({ type: 'asset', fileName, source: thirdPartyLicenses(files) });
    },
  };
}
