// The house rules of the folders, as a test over the import graph (type imports included): each folder says where
// its code runs, and code may import only from folders that run in the same place or are safe everywhere.
// The README's "How the parts fit" describes the same folders, and a test below holds it to them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

/** Folder → the folders its code may import from (besides itself). */
const MAY_IMPORT: Record<string, string[]> = {
  // Pure logic: no DOM, no extension API, so it runs (and is tested) anywhere.
  core: [],
  // Messages and constants shared across worlds: types only, over core's types.
  protocol: ['core'],
  // The page's own (MAIN) world at document_start: the page can see everything loaded there.
  world: ['protocol'],
  // The scanner both passes share.
  scan: ['core', 'protocol'],
  // The every-page content script: what it imports lands in sensor.js on every page.
  content: ['scan', 'core', 'protocol'],
  // The page kit, loaded by the content script only on pages with a cue.
  kit: ['content', 'scan', 'core', 'protocol'],
  // Extension storage shared by the background and the extension pages.
  storage: ['core'],
  background: ['storage', 'core', 'protocol'],
  ui: ['storage', 'core', 'protocol'],
  // Build-time code (Vite plugins, generators) may read runtime modules to build their data.
  build: ['ui', 'scan', 'core', 'protocol'],
  entrypoints: ['world', 'protocol', 'content', 'scan', 'kit', 'core', 'storage', 'background', 'ui'],
};

/** Entry files that run on every page; nothing they reach may come from these folders. */
const EVERY_PAGE = {
  'entrypoints/sensor.ts': ['content', 'scan', 'core', 'protocol'],
  'entrypoints/page-world.ts': ['world', 'protocol'],
} as const;

/** Names that mean the DOM or an extension API; core may not use them (as a value or a type). */
const NOT_IN_CORE = new Set(['browser', 'chrome', 'document', 'window', 'globalThis', 'self', 'navigator', 'location',
  'Document', 'Element', 'Node', 'HTMLElement', 'Window', 'ShadowRoot', 'EventTarget', 'MutationObserver']);
const EXTENSION_PACKAGES = /^(wxt|@wxt-dev\/|webextension-polyfill)/;

interface Edge { from: string; to: string; spec: string }
interface SourceInfo { file: string; edges: Edge[]; packages: string[]; names: string[]; functions: number; valueImports: number }

const CODE = /\.(ts|tsx)$/;
const RESOLVE = ['', '.ts', '.tsx', '.d.ts', '/index.ts'];

function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(ROOT, rel)).isDirectory() ? filesUnder(rel) : CODE.test(name) ? [rel] : [];
  });
}

function resolveSpec(from: string, spec: string): string | null {
  const base = normalize(join(dirname(from), spec));
  for (const ext of RESOLVE) {
    try {
      if (statSync(join(ROOT, base + ext)).isFile()) return base + ext;
    } catch {
      // try the next extension
    }
  }
  return null;
}

/** Nodes where an identifier is a property or member name, not a reference to a global. */
function isMemberName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    (ts.isQualifiedName(p) && p.right === node) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) || ts.isEnumMember(p) || ts.isBindingElement(p)) &&
      p.name === node)
  );
}

function readSource(file: string): SourceInfo {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const info: SourceInfo = { file, edges: [], packages: [], names: [], functions: 0, valueImports: 0 };
  const add = (spec: string) => {
    if (!spec.startsWith('.')) {
      info.packages.push(spec);
      return;
    }
    if (!CODE.test(spec) && /\.[a-z]+(\?.*)?$/.test(spec)) return; // JSON data, CSS: not code
    const to = resolveSpec(file, spec);
    if (!to) throw new Error(`${file}: cannot resolve import '${spec}'`);
    info.edges.push({ from: file, to, spec });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text);
      const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
      const typeOnly = ts.isImportDeclaration(node)
        ? !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
        : node.isTypeOnly;
      if (!typeOnly) info.valueImports++;
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && NOT_IN_CORE.has(node.text) && !isMemberName(node)) {
      info.names.push(node.text);
    } else if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      info.functions++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return info;
}

const folderOf = (file: string) => file.split('/')[0];

/** Every rule broken by these sources, as readable lines. Pure: the tests below also feed it made-up sources. */
export function boundaryViolations(sources: SourceInfo[]): string[] {
  const out: string[] = [];
  const byFile = new Map(sources.map((s) => [s.file, s]));
  for (const s of sources) {
    const folder = folderOf(s.file);
    const allowed = MAY_IMPORT[folder];
    if (!allowed) {
      out.push(`${s.file}: folder ${folder}/ has no place in the layout`);
      continue;
    }
    for (const e of s.edges) {
      const to = folderOf(e.to);
      if (to !== folder && !allowed.includes(to)) out.push(`${s.file} imports ${e.to}: ${folder}/ may not import ${to}/`);
    }
    if (folder === 'core') {
      for (const p of s.packages) if (EXTENSION_PACKAGES.test(p)) out.push(`${s.file} imports ${p}: core/ uses no extension API`);
      for (const n of new Set(s.names)) out.push(`${s.file} uses ${n}: core/ uses no DOM or extension API`);
    }
    if (folder === 'protocol') {
      if (s.functions) out.push(`${s.file}: protocol/ holds types and constants, no code`);
      if (s.valueImports) out.push(`${s.file}: protocol/ imports types only`);
    }
  }
  // What every page loads: the closure of each every-page entry, type imports included.
  for (const [entry, folders] of Object.entries(EVERY_PAGE)) {
    const seen = new Set<string>([entry]);
    const todo = [entry];
    while (todo.length) {
      const s = byFile.get(todo.pop()!);
      for (const e of s?.edges ?? []) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        todo.push(e.to);
        if (!(folders as readonly string[]).includes(folderOf(e.to))) out.push(`${entry} reaches ${e.to} (through ${e.from}): every page would load ${folderOf(e.to)}/`);
      }
    }
  }
  // Import cycles (Tarjan's strongly connected components).
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const e of byFile.get(v)?.edges ?? []) {
      if (!idx.has(e.to)) {
        strong(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, idx.get(e.to)!));
    }
    if (low.get(v) === idx.get(v)) {
      const loop: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        loop.push(w);
      } while (w !== v);
      if (loop.length > 1) out.push(`import cycle: ${loop.sort().join(' ⇄ ')}`);
    }
  };
  for (const s of sources) if (!idx.has(s.file)) strong(s.file);
  return out;
}

const FOLDERS = Object.keys(MAY_IMPORT);

/** Folders that the rules let import each other round a loop (none: the folders are layers). Pure. */
export function folderLoops(rules: Record<string, readonly string[]>): string[] {
  const out: string[] = [];
  const walk = (folder: string, path: string[]) => {
    for (const next of rules[folder] ?? []) {
      if (next === path[0]) out.push([...path, next].join(' → '));
      else if (!path.includes(next) && next > path[0]) walk(next, [...path, next]);
    }
  };
  for (const folder of Object.keys(rules)) walk(folder, [folder]);
  return out;
}

/** The README's "How the parts fit" table: folder → [what it says the folder holds, what it may import]. */
export function readmeLayout(readme: string): Map<string, { what: string; mayImport: string }> {
  const start = readme.indexOf('## How the parts fit');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = [...section.matchAll(/^\| `([^`]+)\/` \| [^|]* \| (.*) \| ([^|]*) \|$/gm)];
  return new Map(rows.map((m) => [m[1], { what: m[2], mayImport: m[3] }]));
}

/** The folders a "may import" cell names: "`scan/`, `core/`", "`protocol/` only", "anything but `build/`". */
export function mayImportOf(cell: string, folder: string, all: readonly string[]): string[] {
  const named = [...cell.matchAll(/`([a-z]+)\/`/g)].map((m) => m[1]);
  const folders = /^anything but/.test(cell) ? all.filter((f) => !named.includes(f)) : named;
  return folders.filter((f) => f !== folder).sort();
}
const sources = FOLDERS.flatMap(filesUnder).map(readSource);


describe('folders by where code runs', () => {
  it('reads the whole tree, every every-page entry included', () => {
    const files = sources.map((s) => s.file);
    for (const entry of Object.keys(EVERY_PAGE)) expect(files).toContain(entry);
    expect(sources.reduce((n, s) => n + s.edges.length, 0)).toBeGreaterThan(100);
  });

  it('no folder outside the layout holds runtime code', () => {
    const top = readdirSync(ROOT).filter((n) => !n.startsWith('.') && n !== 'node_modules' && statSync(join(ROOT, n)).isDirectory());
    const stray = top.filter((d) => !FOLDERS.includes(d) && filesUnder(d).length && !['tests', 'scripts', 'demo'].includes(d));
    expect(stray).toEqual([]);
  });

  it('every import keeps to the layout; core is pure; protocol is types; no cycles', () => {
    expect(boundaryViolations(sources)).toEqual([]);
  });

  it('every import from tests and scripts resolves (a moved file leaves no stale path)', () => {
    expect(() => [...filesUnder('tests').filter((f) => !f.startsWith('tests/fixtures')), ...filesUnder('scripts')].map(readSource)).not.toThrow();
  }, 60_000); // parses every test and script: seconds on a busy machine
});

describe('the folders are layers, and the README says so', () => {
  const readme = readmeLayout(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('no folder may import one that may import it back, directly or round a loop', () => {
    expect(folderLoops(MAY_IMPORT)).toEqual([]);
    expect(folderLoops({ a: ['b'], b: ['c'], c: ['a'] })).toEqual(['a → b → c → a']);
    expect(folderLoops({ content: ['kit'], kit: ['content'] })).toEqual(['content → kit → content']);
  });

  it('"How the parts fit" has a row for every folder git tracks at the top, and none for a folder that is gone', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.includes('/')).map((f) => f.split('/')[0]);
    expect([...readme.keys()].sort()).toEqual([...new Set(tracked)].sort());
  });

  it('each code folder’s row says what it may import, as this test enforces it', () => {
    for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
      expect(mayImportOf(readme.get(folder)?.mayImport ?? '', folder, FOLDERS), folder).toEqual([...allowed].sort());
    }
    expect(mayImportOf('anything but `build/`', 'entrypoints', ['core', 'build', 'entrypoints', 'ui'])).toEqual(['core', 'ui']);
    expect(mayImportOf('`protocol/` only', 'world', FOLDERS)).toEqual(['protocol']);
  });

  it('every file a row names is in that folder', () => {
    const missing: string[] = [];
    for (const [folder, { what }] of readme) {
      const files = execFileSync('git', ['ls-files', folder], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
      for (const [, name] of what.matchAll(/`([\w./-]+\.(?:ts|tsx|json|md|html|css))`/g)) {
        if (!files.some((f) => f === `${folder}/${name}` || f.endsWith(`/${name}`)) && !statSync(join(ROOT, name), { throwIfNoEntry: false })) missing.push(`${folder}/: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the boundary checker catches each kind of crossing', () => {
  const src = (file: string, to: string[] = [], more: Partial<SourceInfo> = {}): SourceInfo => ({
    file, edges: to.map((t) => ({ from: file, to: t, spec: relative(dirname(file), t) })), packages: [], names: [], functions: 0, valueImports: 0, ...more,
  });
  it.each([
    ['content imports the kit (a type import counts too)', [src('content/a.ts', ['kit/b.ts']), src('kit/b.ts')], /content\/ may not import kit\//],
    ['scan imports the background', [src('scan/a.ts', ['background/b.ts']), src('background/b.ts')], /scan\/ may not import background\//],
    ['the MAIN world imports core', [src('world/a.ts', ['core/b.ts']), src('core/b.ts')], /world\/ may not import core\//],
    ['the sensor reaches ui through an entry file', [src('entrypoints/sensor.ts', ['ui/x.ts']), src('ui/x.ts')], /every page would load ui\//],
    ['core uses document', [src('core/a.ts', [], { names: ['document'] })], /uses document/],
    ['core imports wxt storage', [src('core/a.ts', [], { packages: ['wxt/utils/storage'] })], /no extension API/],
    ['protocol holds a function', [src('protocol/a.ts', [], { functions: 1 })], /no code/],
    ['two core files import each other', [src('core/a.ts', ['core/b.ts']), src('core/b.ts', ['core/a.ts'])], /import cycle: core\/a.ts ⇄ core\/b.ts/],
    ['a new top folder', [src('lib/a.ts')], /no place in the layout/],
  ])('%s', (_name, graph, message) => {
    expect(boundaryViolations(graph).join('\n')).toMatch(message);
  });
});
