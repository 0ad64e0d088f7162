import type { CompactSpec } from './compact-spec.js';

/*
 * Writes a compact spec as the source of an ES module: patterns as regex literals
 * and rules as imports from rules.ts, so the browser compiles nothing at start-up
 * and a bundler can check the rule names.
 */

/** Where the generated module lives (dist/compact/), relative to rules.js. */
const RULES_MODULE = '../rules.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function toSource(value: unknown, ruleNames: Set<string>): string {
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'function') {
    ruleNames.add(value.name);
    return value.name;
  }
  if (Array.isArray(value)) return `[${value.map((item) => toSource(item, ruleNames)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}:${toSource(item, ruleNames)}`,
    );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function compactSpecModule(spec: CompactSpec): string {
  const ruleNames = new Set<string>();
  const nodes = spec.nodes.map((node, index) => `  /* ${index} */ ${toSource(node, ruleNames)},`);
  const roots = toSource(spec.roots, ruleNames);
  const imports = ruleNames.size > 0 ? `import { ${[...ruleNames].sort().join(', ')} } from '${RULES_MODULE}';\n\n` : '';
  return [
    '// Generated at build time by scripts/write-compact-spec.mjs from the zod schemas, through',
    '// the JSON Schema zod gives of them (see src/compact/). Do not edit.',
    `${imports}export const SPEC = {`,
    '  nodes: [',
    ...nodes.map((line) => `  ${line}`),
    '  ],',
    `  roots: ${roots},`,
    '};',
    '',
  ].join('\n');
}
