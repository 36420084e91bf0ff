// Custom Elements Manifest for the widgets (`npm run cem` at the repository root, run after
// `npm run build`): the element classes' JSDoc (@fires, @csspart, @cssproperty) and Lit
// properties, written to dist/custom-elements.json, which package.json `customElements` names.
import { posix } from 'node:path';

/** The module a class named `name` is imported from in `sourceFile`, as a manifest path. */
function importedFrom(ts, sourceFile, name, fromPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text.replace(/\.js$/, '.ts');
    return posix.join(posix.dirname(fromPath), specifier);
  }
  return fromPath;
}

/**
 * The elements never register themselves: `src/define/<tag>.ts` calls
 * `defineElement('<tag>', Class)`. This plugin records those calls as tag definitions, marks the
 * classes with their tag, and keeps only the events the classes document with `@fires`
 * (`@fires name - {EventClass} description` also gives the event its type).
 */
function enterpriseCenterElements() {
  return {
    name: 'enterprise-center-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const module = importedFrom(ts, node.getSourceFile(), ctor.text, moduleDoc.path);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: ctor.text, module },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class')
            classes.set(`${mod.path}#${declaration.name}`, declaration);
        }
      }
      for (const mod of manifest.modules) {
        mod.exports = (mod.exports ?? []).filter((entry) => {
          if (entry.kind !== 'custom-element-definition') return true;
          const target = classes.get(`${entry.declaration.module}#${entry.declaration.name}`);
          if (!target) return false; // e.g. defineElement's own `customElements.define(tag, ctor)`
          Object.assign(target, { customElement: true, tagName: entry.name });
          return true;
        });
      }
      for (const declaration of classes.values()) {
        if (!declaration.events) continue;
        declaration.events = declaration.events
          .filter((event) => event.description)
          .map((event) => {
            const typed = /^\{(\w+)\}\s*(.*)$/s.exec(event.description);
            return typed ? { ...event, type: { text: typed[1] }, description: typed[2] } : event;
          });
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react.ts', 'src/react/**'],
  outdir: 'dist',
  litelement: true,
  // package.json already names the file; never rewrite package.json during a build.
  packagejson: false,
  plugins: [enterpriseCenterElements()],
};
