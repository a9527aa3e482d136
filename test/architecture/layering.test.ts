import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { LAYERS } from './layers.ts';
import { forbiddenRules } from './rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');

async function violations(baseDir: string, roots: string[]): Promise<IViolation[]> {
  const result = await cruise(roots, {
    baseDir,
    ruleSet: { forbidden: forbiddenRules() },
    tsPreCompilationDeps: true,
    exclude: { path: 'node_modules' },
    doNotFollow: { path: 'node_modules' },
    validate: true,
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  expect(result.output.summary.totalCruised).toBeGreaterThan(roots.length);
  return result.output.summary.violations;
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('architecture', () => {
  it('every area of shared/ has a place in the layers', () => {
    const areas = readdirSync(join(ROOT, 'shared'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(areas.sort()).toEqual(LAYERS.flat().sort());
  });

  it('the product code breaks no import rule: no cycle, layers point one way, no foreign adapter', async () => {
    const found = await violations(ROOT, ['shared', 'functions', 'events', 'infra']);
    expect(found.map(describeViolation)).toEqual([]);
  }, 120_000);

  it('the rules catch a cycle between areas, a reach into another area’s adapter and an upward import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layers-'));
    const file = (path: string, body: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), body);
    };
    file(
      'shared/groups/use-cases/add.ts',
      "import { x } from '../../money/operations.ts';\nexport const a = x;\n",
    );
    file('shared/money/operations.ts', "import { b } from '../groups/dynamo.ts';\nexport const x = b;\n");
    file('shared/groups/dynamo.ts', "import { a } from './use-cases/add.ts';\nexport const b = () => a;\n");
    file('shared/kernel/money.ts', "import { b } from '../groups/dynamo.ts';\nexport const k = b;\n");
    const names = new Set((await violations(dir, ['shared'])).map((v) => v.rule.name));
    expect(names).toContain('no-cycle');
    expect(names).toContain('no-foreign-adapter');
    expect(names).toContain('layer-groups');
    expect(names).toContain('layer-kernel');
  }, 60_000);
});
