// The production builds' minification of the elements' css`` and html`` texts
// (scripts/minify-templates.mjs, docs/decisions/0456-minified-templates.md): what it rewrites, what
// it must leave alone, its source maps, and that every element source still compiles after it.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import { rollup } from 'rollup';
import ts from 'typescript';
import {
  ELEMENT_SOURCES,
  minifyTemplates,
  minifyTemplatesRollup,
} from '../../scripts/minify-templates.mjs';
import { root } from '../../scripts/size/measure.mjs';

const FILE = '/repo/packages/widgets/src/example.ts';

/** The module rewritten by minifyTemplates (the input itself when nothing changes). */
function minified(code: string): string {
  return minifyTemplates(code, FILE)?.code ?? code;
}

/** The cooked text of every template literal of `code` (pieces joined with `${}`), in order. */
function templateTexts(code: string): string[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    if (ts.isTemplateExpression(node)) {
      texts.push(
        [node.head, ...node.templateSpans.map((span) => span.literal)]
          .map((piece) => piece.text)
          .join('${}'),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** The source, line and column (zero-based) that a source map gives for a generated position. */
function origin(
  map: { version: number; sources: string[]; mappings: string },
  line: number,
  column: number,
) {
  const payload = { file: '', sourceRoot: '', sourcesContent: [], names: [], ...map };
  const entry = new SourceMap(payload).findEntry(line, column);
  assert.ok('originalLine' in entry, `nothing mapped at ${line}:${column}`);
  return [entry.originalSource, entry.originalLine, entry.originalColumn];
}

describe('minifyTemplates: css``', () => {
  const input = `import { css } from 'lit';
export const styles = css\`
  .field :focus-visible {
    outline: 2px solid red;
  }
  .field:hover {
    color: blue;
  }
  p::after {
    content: '\\\\2014 \\\`';
  }
  q::before {
    content: '\\\\\\\\';
  }
  @media (max-width: 30rem) {
    .field {
      display: none;
    }
  }
\`;
`;

  it('minifies the text with esbuild, keeping descendant combinators, pseudo-classes and @media', () => {
    const [text] = templateTexts(minified(input));
    assert.equal(
      text,
      transformSync(templateTexts(input)[0]!, {
        loader: 'css',
        minify: true,
        charset: 'utf8',
      }).code.trim(),
    );
    assert.ok(text!.includes('.field :focus-visible{outline:2px solid red}'), text);
    assert.ok(text!.includes('.field:hover{'), text);
    assert.ok(text!.includes('@media(max-width:30rem){.field{display:none}}'), text);
    assert.ok(!/\n/.test(text!), text);
  });

  it('escapes what would end or break the template literal (backslash, backtick)', () => {
    const code = minified(input);
    // The CSS escape \2014 (and the space ending it) becomes the character itself; the backtick
    // and the CSS escaped backslash stay escaped in the template literal.
    assert.ok(code.includes('content:"\u2014\\`"'), code);
    assert.ok(code.includes('content:"\\\\\\\\"'), code);
    assert.ok(transformSync(code, { loader: 'ts' }).code.length > 0);
  });

  it('fails the build on CSS that esbuild warns about, naming the file and line', () => {
    const code = `import { css } from 'lit';
export const styles = css\`.a { color: red\`;
`;
    assert.throws(() => minifyTemplates(code, FILE), /example\.ts:2: css``: Expected "}"/);
  });

  it('leaves a template with ${} substitutions as written', () => {
    const code = `import { css, unsafeCSS } from 'lit';
const gap = unsafeCSS('1rem');
export const styles = css\`
  .row {
    gap: \${gap};
  }
\`;
`;
    assert.equal(minifyTemplates(code, FILE), null);
  });
});

describe('minifyTemplates: html``', () => {
  it('turns every whitespace run holding a line break into one space, and touches nothing else', () => {
    const code = `import { html } from 'lit';
export const view = html\`<p class="a b">
    Hello  world,\t\u00a0twice\u00a0
  </p>
  <span>x</span>\`;
`;
    assert.deepEqual(templateTexts(minified(code)), [
      '<p class="a b"> Hello  world,\t\u00a0twice\u00a0 </p> <span>x</span>',
    ]);
  });

  it('keeps ${} expressions as written and rewrites the html`` templates nested in them', () => {
    const code = `import { html, nothing } from 'lit';
export const view = (open: boolean, label: string) => html\`<div>
  \${
    open
      ? html\`<b>
          \${label}
        </b>\`
      : nothing
  }
</div>\`;
`;
    const result = minified(code);
    assert.ok(
      result.includes(`html\`<div> \${
    open
      ? html\`<b> \${label} </b>\`
      : nothing
  } </div>\``),
      result,
    );
  });

  it('keeps escape sequences, line continuations included', () => {
    const code = `import { html } from 'lit';
export const view = html\`<p>a\\u00a0b\\\\
  c\\
  d</p>\`;
`;
    const result = minified(code);
    assert.ok(result.includes('html`<p>a\\u00a0b\\\\ c\\\n  d</p>`'), result);
    assert.deepEqual(templateTexts(result), ['<p>a\u00a0b\\ c  d</p>']);
  });

  it('leaves a template holding <pre> or <textarea> whole, with the templates nested in it', () => {
    for (const element of ['pre', 'textarea']) {
      const code = `import { html } from 'lit';
export const view = (text: string) => html\`<div>
  <${element}>\${html\`<i>
    \${text}</i>\`}</${element}>
</div>\`;
`;
      assert.equal(minifyTemplates(code, FILE), null, element);
    }
  });

  it("follows lit's html imported under another name", () => {
    const code = `import { html as h } from 'lit';
export const view = h\`<p>
  x
</p>\`;
`;
    assert.deepEqual(templateTexts(minified(code)), ['<p> x </p>']);
  });
});

describe('minifyTemplates: what it leaves alone', () => {
  it('leaves untagged templates, other tags and an html or css that is not lit’s', () => {
    const code = `import { svg } from 'lit';
const html = (strings: TemplateStringsArray) => strings.join('');
export const a = \`<p>
  untagged
</p>\`;
export const b = svg\`<g>
  <path />
</g>\`;
export const c = String.raw\`<p>
  raw
</p>\`;
export const d = html\`<p>
  local
</p>\`;
`;
    assert.equal(minifyTemplates(code, FILE), null);
  });

  it('ignores type-only imports of lit', () => {
    const code = `import type { html } from 'lit';
declare const tag: typeof html;
export const view = tag\`<p>
  x
</p>\`;
`;
    assert.equal(minifyTemplates(code, FILE), null);
  });
});

describe('minifyTemplates: source maps', () => {
  const code = `import { css, html } from 'lit';
export const styles = css\`
  p {
    color: red;
  }
\`;
export const view = html\`<p>
  text
</p>\`;
export const marker = 42;
`;

  it('maps each line, and the code after each rewritten text, back to where it was written', () => {
    const result = minifyTemplates(code, FILE)!;
    const lines = result.code.split('\n');
    assert.deepEqual(
      [0, 1, 2, 3].map((line) => origin(result.map, line, 0)),
      [0, 1, 6, 9].map((line) => ['example.ts', line, 0]),
    );
    // The closing backtick of each rewritten template (line-level map: the first column after an
    // edit and each line start are mapped, as magic-string does by default).
    assert.deepEqual(origin(result.map, 1, lines[1]!.lastIndexOf('`')), ['example.ts', 5, 0]);
    assert.deepEqual(origin(result.map, 2, lines[2]!.lastIndexOf('`')), ['example.ts', 8, 4]);
  });

  it("keeps rollup's source map of the bundle pointing into the original source", async () => {
    const fixture = {
      name: 'fixture',
      resolveId: (id: string) => (id === 'entry' ? FILE : null),
      load: (id: string) => (id === FILE ? code : null),
    };
    const build = await rollup({
      input: 'entry',
      external: ['lit'],
      plugins: [fixture, minifyTemplatesRollup()],
    });
    const { output } = await build.generate({ format: 'es', sourcemap: true });
    await build.close();
    const [chunk] = output;
    assert.ok(chunk.map);
    const lines = chunk.code.split('\n');
    const { map } = chunk;
    const originalLine = (text: string) => {
      const line = lines.findIndex((candidate) => candidate.includes(text));
      return origin(map, line, lines[line]!.indexOf(text))[1];
    };
    assert.equal(originalLine('view = html'), 6);
    assert.equal(originalLine('marker = 42'), 9);
  });
});

const directory = join(root, 'packages/widgets/src');
const elementSources = (await readdir(directory, { recursive: true }))
  .map((file) => join(directory, file))
  .filter((file) => ELEMENT_SOURCES.test(file));

describe('minifyTemplates on the elements (packages/widgets/src)', () => {
  it('finds the element sources', () => {
    assert.ok(elementSources.length > 20, `${elementSources.length} files`);
  });

  for (const file of elementSources) {
    const name = file.slice(directory.length + 1);
    it(`${name}: still compiles, with only the whitespace of its html\`\` changed`, async () => {
      const code = await readFile(file, 'utf8');
      const result = minifyTemplates(code, file);
      if (/\bcss`/.test(code)) assert.ok(result, 'its css`` is minified');
      if (!result) return;
      assert.doesNotThrow(() => transformSync(result.code, { loader: 'ts', sourcefile: name }));
      // Outside css``, runs of whitespace may shrink to one space but never vanish or appear.
      const outsideCss = (text: string) => text.replace(/\bcss`[^`]*`/g, 'css``');
      const runs = (text: string) => outsideCss(text).match(/\s+/g) ?? [];
      assert.equal(runs(result.code).length, runs(code).length);
      assert.equal(
        outsideCss(result.code).replace(/\s+/g, ''),
        outsideCss(code).replace(/\s+/g, ''),
      );
    });
  }
});
