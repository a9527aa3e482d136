import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `test/support/validation.ts`). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The folder of the e-invoice validation artefacts (UBL 2.1 schemas, EN 16931 rules): beside the
 * repository as `../shared/validation`, else at its fixed place on the build machines.
 */
export function validationDir(root = repoRoot): string {
  const candidates = [resolve(root, '../shared/validation'), '/work/shared/validation'];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'README.md')));
  if (!found) throw new Error(`e-invoice validation artefacts not found in ${candidates.join(' or ')}`);
  return found;
}
