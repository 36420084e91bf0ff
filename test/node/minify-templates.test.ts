// The builds minify lit's template texts with rollup-plugin-html-literals (rollup.config.mjs
// `litTemplates`, in the embed bundle and the library builds). What the project relies on: no
// binding lost or moved, whitespace collapsed to one space but never removed, valid CSS, and the
// published widgets carrying minified templates. The shipped bundle itself runs in Chromium in
// test/e2e (after `npm run build`).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import {
  rollup,
  type OutputChunk,
  type OutputOptions,
  type RollupOptions,
  type TransformPluginContext,
} from 'rollup';
import ts from 'typescript';
import { root } from '../../scripts/size/measure.mjs';

const config = (await import(new URL('rollup.config.mjs', `file://${root}`).href)) as {
  litTemplates: () => { transform: (this: unknown, code: string, id: string) => unknown };
  library: (pkg: string) => RollupOptions & { output: OutputOptions };
};

/** The module text after the builds' template minification (unchanged when nothing applies). */
async function minified(code: string, id: string): Promise<string> {
  const context = { error: (message: string) => assert.fail(message), warn: () => {} };
  const plugin = config.litTemplates();
  const result = (await plugin.transform.call(
    context as unknown as TransformPluginContext,
    code,
    id,
  )) as {
    code: string;
  } | null;
  return result?.code ?? code;
}

/** Each tagged template of `code`: its tag, its static texts and the source of its expressions. */
function templates(code: string) {
  const found: { tag: string; texts: string[]; expressions: string[] }[] = [];
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      const { template } = node;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const expressions = ts.isNoSubstitutionTemplateLiteral(template)
        ? []
        : template.templateSpans.map((span) => span.expression.getText(source));
      found.push({ tag: node.tag.getText(source), texts: pieces.map((p) => p.text), expressions });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every TypeScript file under a folder. */
async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((name) => name.endsWith('.ts')).map((name) => join(folder, name));
}

const widgetSources = await sources(`${root}packages/widgets/src`);
const element = `${root}packages/widgets/src/example.ts`;

describe('minified lit templates in the builds', () => {
  it('collapse each whitespace run to one space and never remove it', async () => {
    const code = `import { html } from 'lit';
export const and = html\` \${'and'} \`;
export const list = html\`
  <ul class="list">
    <li>\${'a'}</li>
  </ul>
\`;`;
    const texts = templates(await minified(code, element)).map((t) => t.texts);
    assert.deepEqual(texts, [
      [' ', ' '],
      [' <ul class="list"> <li>', '</li> </ul> '],
    ]);
  });

  it('keep every binding of every element template, with texts on one line', async () => {
    let count = 0;
    for (const file of widgetSources) {
      const code = await readFile(file, 'utf8');
      const before = templates(code);
      const after = templates(await minified(code, file));
      assert.equal(after.length, before.length, file);
      for (const [i, template] of after.entries()) {
        const { tag, expressions, texts } = before[i]!;
        assert.equal(template.tag, tag, file);
        // Expressions holding templates differ by those templates' texts, checked on their own.
        const plain = (list: string[]) => list.map((e) => (e.includes('`') ? '' : e));
        assert.deepEqual(plain(template.expressions), plain(expressions), `${file}: ${tag}\`\``);
        assert.equal(template.texts.length, texts.length, file);
        if (tag === 'html' || tag === 'css') {
          assert.ok(!template.texts.some((text) => text.includes('\n')), `${file}: ${tag}\`\``);
          count += 1;
        }
      }
    }
    assert.ok(count > 50, `only ${count} lit templates found`);
  });

  it('leave valid CSS in every css`` template', async () => {
    let count = 0;
    for (const file of widgetSources) {
      const code = await minified(await readFile(file, 'utf8'), file);
      for (const { texts } of templates(code).filter((t) => t.tag === 'css')) {
        const { warnings } = transformSync(texts.join('inherit'), { loader: 'css' });
        assert.deepEqual(warnings, [], `${file}: css\`${texts.join('${…}')}\``);
        count += 1;
      }
    }
    assert.ok(count >= 3, `only ${count} css templates found`);
  });

  it('are what the published widgets package carries', async () => {
    const library = config.library('widgets');
    const build = await rollup({ ...library, onwarn: () => {} });
    try {
      const { output } = await build.generate(library.output);
      const chunks = output.filter((item): item is OutputChunk => item.type === 'chunk');
      const html = chunks.flatMap((chunk) => templates(chunk.code)).filter((t) => t.tag === 'html');
      assert.ok(html.length > 50, `only ${html.length} html templates in the library build`);
      for (const { texts } of html) assert.ok(!texts.some((text) => text.includes('\n')), texts[0]);
    } finally {
      await build.close();
    }
  });
});
