// docs/proxy.md is driven by the code it describes: its route table is the route data, its
// recipes are the files the recipe tests run, and the README links work outside the repository.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { ROUTES, type Scope } from '@enterprise-center/proxy';
import { expectedRouteRows, ROUTE_TABLE_HEADER, tableAfter } from './support/route-table.js';

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8');
const guide = await read('../../../docs/proxy.md');
const contract = await read('../../../docs/contract/API.md');

describe('docs/proxy.md', () => {
  it('shows the route table exactly as the route data says', () => {
    assert.deepEqual(tableAfter(guide, '## Route table'), [
      ROUTE_TABLE_HEADER,
      ...expectedRouteRows(),
    ]);
  });

  for (const recipe of [
    'recipes/lib/enterprise-center-proxy.ts',
    'recipes/express-app.ts',
    'recipes/hono-app.ts',
    'recipes/app/api/enterprise-center/[...path]/route.ts',
  ])
    it(`shows the tested recipe ${recipe} as it is`, async () => {
      const code = await read(recipe);
      assert.ok(
        guide.includes(`\`\`\`ts\n${code}\`\`\``),
        `docs/proxy.md lacks ${recipe} verbatim`,
      );
    });

  it('lists every refusal of API.md §7 with its status and code', () => {
    const rows = tableAfter(guide, '## What the proxy guarantees').map((cells) =>
      cells.slice(-2).join(' '),
    );
    for (const expected of [
      '404 `APIG.0101`',
      '403 `APIG.0302`',
      '401 `APIG.0301`',
      '403 `CBC.0151`',
      '413 `APIG.0201`',
      '502 `APIG.0201`',
      '504 `APIG.0201`',
      '500 `CBC.0999`',
    ])
      assert.ok(rows.includes(expected), expected);
  });
});

describe('the route data and the contract (docs/contract/API.md)', () => {
  it("has exactly §7's routes per scope", () => {
    const table = tableAfter(
      contract,
      '## 7. The portal proxy (browser → portal server → this API)',
    );
    const listed = table
      .slice(1)
      .flatMap(([scope = '', routes = '']) =>
        [...routes.matchAll(/`(GET|POST) ([^`]+)`/g)].map(
          ([, method, path]) => `${/`(\w+)`/.exec(scope)?.[1]} ${method} ${path}`,
        ),
      );
    const ours = ROUTES.map(
      ({ scope, method, path }) =>
        `${scope} ${method} ${path.replaceAll('{invitation_id}', '{id}')}`,
    );
    assert.deepEqual(ours, listed);
    assert.deepEqual(
      new Set(ROUTES.map(({ scope }) => scope)),
      new Set<Scope>(['invite', 'accept']),
    );
  });

  it('forwards exactly the query parameters §3 documents for each route', () => {
    const sections = contract.split('\n### 3.').slice(1);
    for (const route of ROUTES) {
      const section = sections.find((text) => text.includes(`\`${route.method} ${route.path}\``));
      assert.ok(section, `API.md §3 documents ${route.method} ${route.path}`);
      const queryLine = /^Query: (.*?)(?:\. |$)/m.exec(section)?.[1] ?? '';
      const documented = [...queryLine.matchAll(/`([a-z_]+)`/g)].map(([, name]) => name);
      assert.deepEqual([...route.query], documented, `${route.method} ${route.path}`);
    }
  });
});

describe('packages/proxy/README.md', () => {
  it('links only with absolute URLs, so the links work on npm', async () => {
    const readme = await read('../README.md');
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(([, href]) => href ?? '');
    assert.ok(links.length > 0);
    for (const href of links) assert.match(href, /^https:\/\//, href);
  });
});
