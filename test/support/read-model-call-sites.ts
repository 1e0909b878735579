// Every place in src that queries the read models with a filter: the calls of the port's find and count,
// found by parsing the sources (syntax only, so it takes milliseconds), and the calls of the helpers that
// forward a collection they are given to find or count (findAsOf(reader, collection, …)), whose callers
// choose the filter. A test that records the queries the application issues checks it saw each of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ReadModelCallSite {
  /** Path from the repository root, with forward slashes: 'src/features/…/x.ts'. */
  readonly file: string;
  /** The line of the called name (1-based), as a stack trace names the call. */
  readonly line: number;
  /** The last line of the call, arguments included. */
  readonly endLine: number;
  /** find, count, or the forwarding helper called. */
  readonly method: string;
  /** The call's text up to its first argument, for messages: 'this.readModels.find<CaseDocument>(CASES_COLLECTION'. */
  readonly text: string;
}

/** A call that looks like the port's but is not (another class's method of the same name), with why. */
export interface NotAReadModelCall {
  readonly file: string;
  /** The callee as written, e.g. 'this.cases.find'. */
  readonly callee: string;
  readonly why: string;
}

export interface ReadModelCallScan {
  /** The calls that issue a query, and the calls of forwarding helpers. */
  readonly sites: readonly ReadModelCallSite[];
  /** Helpers that pass a collection they are given to find or count: their callers are sites. */
  readonly forwarders: readonly string[];
  /** Allow-list entries that no longer match any call (so the list cannot rot). */
  readonly staleExceptions: readonly NotAReadModelCall[];
}

const QUERY_METHODS = new Set(['find', 'count']);

/**
 * The wrappers that implement the port over another reader (read-your-writes, a projection's scoped
 * transaction): a find or count that passes its own parameters on, in order, to the find or count below
 * (the collection perhaps through a function: physical(collection)). They pass on a query someone else
 * built, so they are not sites; a method named find that builds a filter of its own is one.
 */
function implementsThePort(call: ts.CallExpression, name: string): boolean {
  for (let node: ts.Node = call.parent; !ts.isSourceFile(node); node = node.parent) {
    const member =
      (ts.isMethodDeclaration(node) || ts.isPropertyAssignment(node)) && node.name.getText() === name
        ? ts.isPropertyAssignment(node)
          ? node.initializer
          : node
        : null;
    if (
      member !== null &&
      (ts.isMethodDeclaration(member) || ts.isArrowFunction(member) || ts.isFunctionExpression(member))
    ) {
      const parameters = member.parameters.map((parameter) => parameter.name.getText());
      return (
        parameters.length === call.arguments.length &&
        parameters.every((parameter, index) => passes(call.arguments[index]!, parameter))
      );
    }
    if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) return false;
  }
  return false;
}

/** The argument is the parameter itself, or a call of something with it. */
function passes(argument: ts.Expression, parameter: string): boolean {
  if (ts.isIdentifier(argument)) return argument.text === parameter;
  return ts.isCallExpression(argument) && argument.arguments.some((inner) => passes(inner, parameter));
}

/** A helper that passes its parameter at `collectionIndex` on as the collection of a query. */
interface Forwarder {
  readonly name: string;
  readonly collectionIndex: number;
}

/**
 * The function around the call, when the argument naming the collection (at `collectionIndex`) is one
 * of that function's parameters: the function forwards a collection its callers choose.
 */
function forwardingFunctionOf(call: ts.CallExpression, collectionIndex: number): Forwarder | null {
  const collection = call.arguments[collectionIndex];
  if (collection === undefined || !ts.isIdentifier(collection)) return null;
  for (let node: ts.Node = call.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) {
      const index = node.parameters.findIndex((parameter) => parameter.name.getText() === collection.text);
      if (index < 0 || node.name === undefined) return null;
      return { name: node.name.getText(), collectionIndex: index };
    }
  }
  return null;
}

/** The adapters themselves: their find and count are the port's own, and the driver's. */
const ADAPTERS = ['sqlite', 'mongodb'].map((adapter) => join('src', 'engine', 'read-models', adapter) + sep);

function sourceFilesUnder(root: string, directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .filter((entry) => {
      const path = relative(root, join(entry.parentPath, entry.name));
      return !ADAPTERS.some((adapter) => path.startsWith(adapter));
    })
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface Call {
  readonly file: string;
  readonly node: ts.CallExpression;
  readonly source: ts.SourceFile;
  readonly callee: string;
  readonly name: string;
}

function callsIn(root: string, file: string, text: string): Call[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const relativePath = relative(root, file).split(sep).join('/');
  const calls: Call[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : null;
      if (name !== null) calls.push({ file: relativePath, node, source, callee: callee.getText(), name });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

function siteOf(call: Call): ReadModelCallSite {
  const { node, source } = call;
  const nameNode = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
  const firstArgument = node.arguments[0];
  const text = source.text
    .slice(node.getStart(source), firstArgument?.getEnd() ?? node.getEnd())
    .replace(/\s+/g, ' ');
  return {
    file: call.file,
    line: source.getLineAndCharacterOfPosition(nameNode.getStart(source)).line + 1,
    endLine: source.getLineAndCharacterOfPosition(node.getEnd()).line + 1,
    method: call.name,
    text,
  };
}

/**
 * Scans `src` under `root`. A call of a method named find or count with two arguments or more, the first
 * not a function (Array.prototype.find takes a callback), is a query unless `exceptions` name it: the port's
 * find and count take (collection, filter, …), so none of them has fewer. A query whose collection is a
 * parameter of the function around it makes that function a forwarder, and each call of it a site too.
 */
export function scanReadModelCalls(
  root: string,
  exceptions: readonly NotAReadModelCall[],
  directories: readonly string[] = ['src'],
): ReadModelCallScan {
  // Parsing is the slow part: only files whose text names find, count or a forwarder are parsed.
  const texts = new Map(
    directories.flatMap((directory) =>
      sourceFilesUnder(root, directory).map((file) => [file, readFileSync(file, 'utf8')] as const),
    ),
  );
  const calls: Call[] = [];
  const parsed = new Set<string>();
  const parseFilesNaming = (pattern: RegExp): void => {
    for (const [file, text] of texts) {
      if (parsed.has(file) || !pattern.test(text)) continue;
      parsed.add(file);
      calls.push(...callsIn(root, file, text));
    }
  };
  parseFilesNaming(/\.(find|count)\b/);
  const used = new Set<NotAReadModelCall>();
  const isException = (call: Call): boolean => {
    const exception = exceptions.find(
      (candidate) => candidate.file === call.file && candidate.callee === call.callee,
    );
    if (exception) used.add(exception);
    return exception !== undefined;
  };
  const queries = calls.filter((call) => {
    // The port's find and count are methods of a reader: reader.find(…), this.readModels.count(…).
    if (!QUERY_METHODS.has(call.name) || !ts.isPropertyAccessExpression(call.node.expression)) return false;
    if (call.node.arguments.length < 2) return false;
    const first = call.node.arguments[0];
    if (ts.isArrowFunction(first) || ts.isFunctionExpression(first)) return false;
    if (isException(call) || implementsThePort(call.node, call.name)) return false;
    return true;
  });
  const forwarders = new Map<string, number>();
  const sites: ReadModelCallSite[] = [];
  // The port's calls name the collection first; a forwarder's, where its own parameter sits.
  let pending = queries.map((call) => ({ call, collectionIndex: 0 }));
  while (pending.length > 0) {
    const found = new Map<string, number>();
    for (const { call, collectionIndex } of pending) {
      sites.push(siteOf(call));
      const forwarder = forwardingFunctionOf(call.node, collectionIndex);
      if (forwarder !== null && !forwarders.has(forwarder.name)) {
        forwarders.set(forwarder.name, forwarder.collectionIndex);
        found.set(forwarder.name, forwarder.collectionIndex);
      }
    }
    if (found.size > 0) parseFilesNaming(new RegExp(`\\b(${[...found.keys()].join('|')})\\b`));
    pending = calls
      .filter((call) => found.has(call.name) && !isException(call))
      .map((call) => ({ call, collectionIndex: found.get(call.name)! }));
  }
  return {
    sites: sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    forwarders: [...forwarders.keys()].sort(),
    staleExceptions: exceptions.filter((exception) => !used.has(exception)),
  };
}
