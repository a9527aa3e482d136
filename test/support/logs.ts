import { vi } from 'vitest';
import { logger } from '../../shared/kernel/observability.ts';

type Line = Record<string, unknown>;
type LogLevel = Parameters<typeof logger.setLogLevel>[0];

/**
 * Captures the JSON lines the project logger prints (tests run it SILENT otherwise), exactly as
 * they would reach CloudWatch: formatter, masking and appended keys included.
 */
export function captureLogs() {
  const lines: Line[] = [];
  const out = (logger as unknown as { console: Record<string, (line: string) => void> }).console;
  const spies: { mockRestore(): void }[] = (['debug', 'info', 'warn', 'error', 'log', 'trace'] as const)
    .filter((method) => typeof out[method] === 'function')
    .map((method) =>
      vi.spyOn(out, method).mockImplementation((line: string) => {
        lines.push(JSON.parse(line) as Line);
      }),
    );
  const level = logger.getLevelName() as LogLevel;
  logger.setLogLevel('DEBUG');
  // The Lambda-context middleware resets the level at each invocation (debug sampling): keep DEBUG.
  spies.push(vi.spyOn(logger, 'refreshSampleRateCalculation').mockImplementation(() => undefined) as never);
  return {
    lines,
    /** The lines with this message. */
    find: (message: string) => lines.filter((l) => l.message === message),
    restore() {
      for (const spy of spies) spy.mockRestore();
      logger.setLogLevel(level);
    },
  };
}
