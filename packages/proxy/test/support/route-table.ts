// docs/proxy.md's route table as the proxy's route data says it must read, cell by cell.
import { PATH_PARAMETERS, ROUTES } from '@enterprise-center/proxy';

export const ROUTE_TABLE_HEADER = [
  'scope',
  'method',
  'path',
  'path parameters',
  'query parameters',
  'operation',
];

const code = (text: string) => `\`${text}\``;

/** One row of cells per route, in table order. */
export const expectedRouteRows = (): string[][] =>
  ROUTES.map((route) => {
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(
      ([, name = '']) => `${code(name)} ${code(PATH_PARAMETERS[name]?.source ?? '?')}`,
    );
    return [
      code(route.scope),
      code(route.method),
      code(route.path),
      parameters.join(', ') || '—',
      route.query.map(code).join(', ') || '—',
      code(route.operation),
    ];
  });

/** The cells of the first Markdown table after `heading`, header row first. */
export const tableAfter = (markdown: string, heading: string): string[][] => {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows.filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
};
