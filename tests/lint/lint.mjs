#!/usr/bin/env node
// Lint nato-graph's canned Cypher queries with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support: the ANTLR grammar + Neo4j's semantic
// analysis compiled to JS).
//
// stdin  (one JSON document):
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//    "queries": [{"name": "...", "text": "...", "parameters": {"framework": "MD"}}]}
// stdout (one JSON document):
//   [{"name": "...", "diagnostics": [{"severity": "error"|"warning", "message": "...",
//     "line": 1, "column": 1, "offset": 0, "endLine": 1, "endColumn": 5, "endOffset": 4}]}]
//   line/column are 1-based; offset/endOffset are 0-based character offsets
//   into "text" (for text without astral/non-BMP characters such as emoji these
//   equal Python str indices; see the non-BMP warning below).
// exit: 0 if linting ran (even with diagnostics), 2 on bad input,
//       1 on an internal failure (e.g. the package could not be loaded).
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const CYPHER_VERSION = 'CYPHER 5'; // Neo4j 5 semantics (the package also knows 'CYPHER 25')

function die(code, message) {
  process.stderr.write(`lint.mjs: ${message}\n`);
  process.exit(code);
}

// Built-in Neo4j functions/procedures. lintCypherQuery only reports unknown
// functions when dbSchema.functions is set, and then reports *every* function
// not in the registry (so an empty registry flags toLower, count, ...). The
// package ships a registry captured from a real Neo4j server as
// `testData.mockSchema`; it includes APOC and GDS, which nato-graph does not
// use, so keep only the built-ins.
function builtinRegistries() {
  const fns = testData?.mockSchema?.functions?.[CYPHER_VERSION];
  const procs = testData?.mockSchema?.procedures?.[CYPHER_VERSION];
  if (!fns || !procs) {
    die(1, `@neo4j-cypher/language-support no longer ships testData.mockSchema for ${CYPHER_VERSION}`);
  }
  const isPlugin = (name) => /^(apoc|gds)\./.test(name);
  const functions = Object.fromEntries(
    Object.entries(fns).filter(([, f]) => f.isBuiltIn && !isPlugin(f.name)),
  );
  const procedures = Object.fromEntries(
    Object.entries(procs).filter(([name]) => !isPlugin(name)),
  );
  return { functions, procedures };
}

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

function stringList(schema, key) {
  const v = schema[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
    die(2, `schema.${key} must be an array of strings`);
  }
  return v;
}

function validate(input) {
  if (!isObject(input)) die(2, 'input must be a JSON object');
  const schema = input.schema ?? {};
  if (!isObject(schema)) die(2, '"schema" must be an object');
  if (!Array.isArray(input.queries)) die(2, '"queries" must be an array');
  input.queries.forEach((q, i) => {
    if (!isObject(q)) die(2, `queries[${i}] must be an object`);
    if (typeof q.name !== 'string') die(2, `queries[${i}].name must be a string`);
    if (typeof q.text !== 'string') die(2, `queries[${i}].text must be a string`);
    if (q.parameters !== undefined && !isObject(q.parameters)) {
      die(2, `queries[${i}].parameters must be an object`);
    }
  });
  return {
    labels: stringList(schema, 'labels'),
    relationshipTypes: stringList(schema, 'relationshipTypes'),
    propertyKeys: stringList(schema, 'propertyKeys'),
    queries: input.queries,
  };
}

function toOutput(d) {
  return {
    severity: d.severity === 1 ? 'error' : 'warning', // LSP DiagnosticSeverity.Error === 1
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    offset: d.offsets.start,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    endOffset: d.offsets.end,
  };
}

// lintCypherQuery swallows exceptions from Neo4j's semantic analysis and then
// silently reports nothing from it. Make sure it is alive before trusting a
// clean result (guards against package upgrades / Node incompatibilities).
function assertSemanticAnalysisWorks(functions) {
  const probe = lintCypherQuery('RETURN undefinedVariable', {
    functions: { [CYPHER_VERSION]: functions },
    defaultLanguage: CYPHER_VERSION,
  });
  if (!probe.diagnostics.some((d) => /Variable `undefinedVariable` not defined/.test(d.message))) {
    die(1, "Neo4j semantic analysis is not working (probe 'RETURN undefinedVariable' was not flagged)");
  }
}

// Characters outside the BMP (emoji, flags, ...) make the package's semantic
// analysis silently bail out when they occur inside the statement, and shift
// parser/semantic positions (UTF-16) against the package's own checks (code
// points). Flag them so a clean result is never a silent false negative.
const NON_BMP = /[\u{10000}-\u{10FFFF}]/u;
function nonBmpWarning(text) {
  const m = NON_BMP.exec(text);
  if (!m) return [];
  const offset = [...text.slice(0, m.index)].length; // code points
  const before = [...text.slice(0, m.index)];
  const lastNl = before.lastIndexOf('\n');
  const line = before.filter((c) => c === '\n').length + 1;
  const column = before.length - lastNl; // 1-based
  return [{
    severity: 'warning',
    message: 'Query text contains a character outside the Basic Multilingual Plane (e.g. an emoji); ' +
      "Neo4j's semantic analysis may be skipped and reported positions may be shifted. Avoid such characters in canned queries.",
    line, column, offset, endLine: line, endColumn: column + 1, endOffset: offset + 1,
  }];
}

const raw = await readStdin();
let input;
try {
  input = JSON.parse(raw);
} catch (e) {
  die(2, `stdin is not valid JSON: ${e.message}`);
}
const { labels, relationshipTypes, propertyKeys, queries } = validate(input);
const { functions, procedures } = builtinRegistries();
assertSemanticAnalysisWorks(functions);

const results = queries.map((q) => {
  // Parameter values only need to be defined (lintCypherQuery checks
  // `parameters[name] !== undefined`); JSON null is therefore fine.
  const dbSchema = {
    labels,
    relationshipTypes,
    propertyKeys,
    parameters: { ...(q.parameters ?? {}) },
    functions: { [CYPHER_VERSION]: functions },
    procedures: { [CYPHER_VERSION]: procedures },
    defaultLanguage: CYPHER_VERSION,
    // graphSchema deliberately omitted: that check uses Set.prototype.union
    // (Node >= 22) and would throw on Node 20.
  };
  const { diagnostics } = lintCypherQuery(q.text, dbSchema, { consoleCommandsEnabled: false });
  return { name: q.name, diagnostics: [...nonBmpWarning(q.text), ...diagnostics.map(toOutput)] };
});

process.stdout.write(JSON.stringify(results) + '\n');
