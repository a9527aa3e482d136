import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { InvoiceFiles } from '../../shared/invoices/files.ts';
import { localSettings } from './settings.ts';

/** Invoice documents in the data folder (`DATA_DIR/invoices/<tenant>/<group>/<invoice>.pdf`), kept across restarts. */
export function localInvoiceFiles(root = () => resolve(localSettings().dataDir, 'invoices')): InvoiceFiles {
  const path = (key: string) => {
    if (key.split('/').some((p) => p === '..' || p === '')) throw new Error(`bad document key ${key}`);
    return resolve(root(), key);
  };
  return {
    async get(key) {
      try {
        return await readFile(path(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async put(key, body) {
      const file = path(key);
      await mkdir(dirname(file), { recursive: true });
      // Written whole or not at all: a reader never sees half a PDF.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, body);
      await rename(tmp, file);
    },
  };
}
