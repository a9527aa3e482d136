import { afterEach, describe, expect, it } from 'vitest';
import { config, cursorSigningKey, resetConfigForTests } from '../../shared/kernel/config.ts';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
});

describe('configuration of the cursor signing key', () => {
  it('is required on AWS and fails fast, naming the variable', () => {
    process.env.RUNTIME = 'aws';
    delete process.env.CURSOR_SIGNING_KEY;
    resetConfigForTests();
    expect(() => config()).toThrow(/CURSOR_SIGNING_KEY/);
  });

  it('refuses a short secret', () => {
    process.env.RUNTIME = 'aws';
    process.env.CURSOR_SIGNING_KEY = 'short';
    resetConfigForTests();
    expect(() => config()).toThrow(/CURSOR_SIGNING_KEY/);
  });

  it('takes the secret from the environment on AWS', () => {
    process.env.RUNTIME = 'aws';
    process.env.CURSOR_SIGNING_KEY = 'k'.repeat(48);
    resetConfigForTests();
    expect(cursorSigningKey()).toBe('k'.repeat(48));
  });

  it('derives a key from the table locally, so local cursors survive a restart', () => {
    process.env.RUNTIME = 'local';
    delete process.env.CURSOR_SIGNING_KEY;
    resetConfigForTests();
    const key = cursorSigningKey();
    resetConfigForTests();
    expect(cursorSigningKey()).toBe(key);
    expect(key).toContain(process.env.TABLE_NAME);
  });
});
