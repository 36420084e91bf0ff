// Minifies the text of lit's `css` and `html` tagged templates in the elements' sources for the
// production builds (rollup.config.mjs, scripts/size/measure.mjs): CSS through esbuild's CSS
// minifier, HTML by collapsing each whitespace run that holds a line break to one space. Why this
// is safe and what it saves: docs/decisions/0456-minified-templates.md.
import { Buffer } from 'node:buffer';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';
import ts from 'typescript';

/** The files the builds rewrite: the elements' TypeScript sources. */
export const ELEMENT_SOURCES = /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/;

/**
 * Elements whose content HTML keeps as written (line breaks included): a template that holds one
 * is left whole, with every template nested in it.
 */
const KEEPS_WHITESPACE = /<(?:pre|textarea)\b/i;

/**
 * In a template's raw text: an escape sequence (kept as is), or a run of HTML whitespace (space,
 * tab, LF, FF, CR) that holds a line break. Other whitespace (e.g. no-break space) is content.
 */
const ESCAPE_OR_BROKEN_WHITESPACE = /\\[\s\S]|[ \t\n\f\r]*[\n\r][ \t\n\f\r]*/g;

/**
 * Rewrites the literal text of the `css` and `html` tagged templates of one module, where the tag
 * is the `css` or `html` imported from 'lit' (under any local name); every other template, the
 * `${…}` expressions and escapes stay as written.
 *
 * - `css` without substitutions: minified by esbuild (a template with `${…}` is left as is).
 * - `html`: each whitespace run holding a line break becomes one space, which HTML renders the same
 *   outside whitespace-preserving content: a template holding `<pre>` or `<textarea>` is left whole.
 *
 * Returns the new code with a source map from it to `code`, or `null` when nothing changes.
 * Throws when esbuild reports a problem with a `css` template, naming the file.
 *
 * @param {string} code TypeScript or JavaScript module text.
 * @param {string} fileName The module's path (its extension picks the parser; the map names it).
 * @returns {{ code: string, map: import('./minify-templates.d.mts').SourceMap } | null}
 */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const tags = litTags(source);
  if (tags.size === 0) return null;
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = tags.get(node.tag.text);
      if (tag === 'css') edits.push(...cssEdits(node.template, fileName));
      if (tag === 'html') {
        if (KEEPS_WHITESPACE.test(node.template.getText(source))) return;
        edits.push(...htmlEdits(node.template, source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const changed = edits.filter((edit) => code.slice(edit.start, edit.end) !== edit.text);
  if (changed.length === 0) return null;
  changed.sort((a, b) => a.start - b.start);
  return applyEdits(code, changed, basename(fileName));
}

/** Local names of the `css` and `html` that `source` imports from 'lit' (value imports only). */
function litTags(source) {
  const tags = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'lit')
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && (imported === 'css' || imported === 'html')) {
        tags.set(element.name.text, imported);
      }
    }
  }
  return tags;
}

/**
 * The source range of a template piece's text, without its delimiters (`` ` ``, `${`, `}`).
 * @param {ts.TemplateLiteralLikeNode} piece
 */
function textRange(piece) {
  const start = piece.getStart() + 1;
  const closing = ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1;
  return { start, end: piece.end - closing };
}

/** The edit that minifies a `css` template without substitutions (none for one with them). */
function cssEdits(template, fileName) {
  if (!ts.isNoSubstitutionTemplateLiteral(template)) return [];
  const { code, warnings } = transformSync(template.text, {
    loader: 'css',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  if (warnings.length > 0) {
    const { line } = ts.getLineAndCharacterOfPosition(
      template.getSourceFile(),
      template.getStart(),
    );
    throw new Error(`minify-templates: ${fileName}:${line + 1}: css\`\`: ${warnings[0].text}`);
  }
  // Back into template literal text: `\`, `` ` `` and `${` would otherwise mean something else.
  const text = code.trim().replace(/\\|`|\$\{/g, (match) => `\\${match}`);
  return [{ ...textRange(template), text }];
}

/** The edits that collapse the line-broken whitespace of each piece of an `html` template. */
function htmlEdits(template, source) {
  const pieces = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return pieces.map((piece) => {
    const range = textRange(piece);
    const raw = source.text.slice(range.start, range.end);
    const text = raw.replace(ESCAPE_OR_BROKEN_WHITESPACE, (match) =>
      match.startsWith('\\') ? match : ' ',
    );
    return { ...range, text };
  });
}

/**
 * Applies sorted, non-overlapping edits to `code`, with a source map from the result back to it:
 * a segment at the start of every generated line and at both ends of every edit (what
 * magic-string's default, line-level maps hold). Text between edits maps to itself.
 */
function applyEdits(code, edits, sourceName) {
  const output = new MappedOutput(code);
  let at = 0;
  for (const edit of edits) {
    output.copy(at, edit.start);
    output.insert(edit.text, edit.start);
    at = edit.end;
  }
  output.copy(at, code.length);
  return { code: output.text, map: output.map(sourceName) };
}

/** Generated text built from pieces of one source, with its source map segments. */
class MappedOutput {
  text = '';
  #source;
  #sourceLineStarts = [0];
  /** Per generated line: [generated column, source line, source column] (absolute). */
  #lines = [[]];
  #lineStart = 0;

  /** @param {string} source */
  constructor(source) {
    this.#source = source;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
      this.#sourceLineStarts.push(i + 1);
    }
  }

  /** Appends `source[from, to)`, every line of it mapped to where it stands in the source. */
  copy(from, to) {
    this.#write(this.#source.slice(from, to), (index) => from + index);
  }

  /** Appends `text`, every line of it mapped to source offset `offset`. */
  insert(text, offset) {
    this.#write(text, () => offset);
  }

  /** The source map v3 of what was written, naming the source `sourceName`. */
  map(sourceName) {
    // Columns are relative to the previous segment of the line, source positions to the previous
    // segment of the map.
    let sourceLine = 0;
    let sourceColumn = 0;
    const mappings = this.#lines.map((segments) => {
      let column = 0;
      return segments
        .map(([toColumn, toLine, toSourceColumn]) => {
          const text =
            vlq(toColumn - column) +
            vlq(0) +
            vlq(toLine - sourceLine) +
            vlq(toSourceColumn - sourceColumn);
          [column, sourceLine, sourceColumn] = [toColumn, toLine, toSourceColumn];
          return text;
        })
        .join(',');
    });
    return {
      version: 3,
      sources: [sourceName],
      sourcesContent: [this.#source],
      names: [],
      mappings: mappings.join(';'),
    };
  }

  #write(text, sourceOffset) {
    let start = 0;
    while (start < text.length) {
      this.#mark(sourceOffset(start));
      const end = text.indexOf('\n', start) + 1 || text.length;
      this.text += text.slice(start, end);
      if (text[end - 1] === '\n') {
        this.#lines.push([]);
        this.#lineStart = this.text.length;
      }
      start = end;
    }
  }

  /** Maps the current generated position to source `offset` (replacing a segment at the same column). */
  #mark(offset) {
    const segments = this.#lines.at(-1);
    const column = this.text.length - this.#lineStart;
    if (segments.at(-1)?.[0] === column) segments.pop();
    const starts = this.#sourceLineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    segments.push([column, low, offset - starts[low]]);
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One integer as a source map Base64 VLQ. */
function vlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    text += BASE64[digit];
  } while (value > 0);
  return text;
}

/** Rollup plugin: {@link minifyTemplates} on the elements' sources, before TypeScript is stripped. */
export function minifyTemplatesRollup() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      return ELEMENT_SOURCES.test(id) ? minifyTemplates(code, id) : null;
    },
  };
}

/**
 * esbuild plugin: loads the elements' sources through {@link minifyTemplates}, with the source map
 * inline so that esbuild's own maps still point into the original files.
 */
export function minifyTemplatesEsbuild() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: ELEMENT_SOURCES }, async ({ path }) => {
        const code = await readFile(path, 'utf8');
        const result = minifyTemplates(code, path);
        if (!result) return { contents: code, loader: 'ts' };
        const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
        return {
          contents: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`,
          loader: 'ts',
        };
      });
    },
  };
}
