import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { localContext } from '../../infra/local/api-event.ts';
import { TASK_ERRORS, taskHandler, toTaskError } from '../../shared/handlers/task-handler.ts';
import type { Actor } from '../../shared/kernel/actor.ts';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../shared/kernel/errors.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { createTenant } from '../support/fixtures.ts';
import { captureLogs } from '../support/logs.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'task-factory';
const ctx = () => localContext('dunning-remind') as never;

/** A dunning step's input (a stand-in schema). */
const RemindInput = z.strictObject({
  tenantId: z.string(),
  invoiceId: z.string(),
  attempt: z.number().int(),
});
type RemindInput = z.infer<typeof RemindInput>;

beforeAll(async () => {
  await createTenant(T);
});

function task(impl: (input: RemindInput, actor: Actor) => Promise<unknown>) {
  return taskHandler({ name: 'dunning-remind', schema: RemindInput, actor: 'workflow' }, impl);
}

describe('taskHandler', () => {
  it('validates the state input (its correlation id set aside) and returns the use case’s result as output', async () => {
    const useCase = vi.fn(async (input: RemindInput, actor: Actor) => ({ reminded: input.invoiceId, actor }));
    const out = (await task(useCase)(
      { tenantId: T, invoiceId: 'inv-1', attempt: 1, correlationId: 'bill-run:t:2026' },
      ctx(),
    )) as { reminded: string; actor: Actor };
    expect(out.reminded).toBe('inv-1');
    expect(useCase.mock.calls[0]![0]).toEqual({ tenantId: T, invoiceId: 'inv-1', attempt: 1 });
    expect(out.actor).toMatchObject({
      principal: { role: 'system', subject: 'workflow', tenantId: T },
      correlationId: 'bill-run:t:2026',
    });
  });

  it.each([
    ['a rule violation', new RuleViolation('The invoice is already paid.'), TASK_ERRORS.rejected],
    ['a missing thing', new NotFound('No such invoice.'), TASK_ERRORS.rejected],
    ['a concurrent write', new Conflict('The group changed meanwhile.'), TASK_ERRORS.retryable],
    ['anything else', new Error('socket hang up'), TASK_ERRORS.retryable],
  ])('names %s so that the state machine can retry or catch it', async (_what, error, name) => {
    const handler = task(async () => {
      throw error;
    });
    const thrown = await handler({ tenantId: T, invoiceId: 'inv-2', attempt: 1 }, ctx()).catch(
      (e: unknown) => e,
    );
    expect(thrown).toMatchObject({ name, message: error.message });
  });

  it('rejects an invalid input or an unknown tenant without calling the use case', async () => {
    const useCase = vi.fn(async () => 'never');
    const handler = task(useCase);
    await expect(handler({ tenantId: T, invoiceId: 'inv-3' }, ctx())).rejects.toMatchObject({
      name: TASK_ERRORS.rejected,
      kind: 'invalid-input',
    });
    await expect(
      handler({ tenantId: 'no-such-tenant', invoiceId: 'inv-3', attempt: 1 }, ctx()),
    ).rejects.toMatchObject({
      name: TASK_ERRORS.rejected,
      kind: 'not-found',
    });
    expect(useCase).not.toHaveBeenCalled();
  });

  it('logs with the execution’s correlation id and the tenant', async () => {
    const handler = task(async () => {
      logger.info('reminding');
      throw new RuleViolation('The invoice is already paid.');
    });
    const logs = captureLogs();
    try {
      await handler({ tenantId: T, invoiceId: 'inv-4', attempt: 2, correlationId: 'exec-42' }, ctx()).catch(
        () => undefined,
      );
      const keys = { correlation_id: 'exec-42', tenant_id: T, task: 'dunning-remind' };
      expect(logs.find('reminding')[0]).toMatchObject(keys);
      expect(logs.find('task rejected')[0]).toMatchObject({ ...keys, level: 'WARN', kind: 'rule-violation' });
    } finally {
      logs.restore();
    }
  });
});

describe('toTaskError', () => {
  it('keeps a task error as it is and maps the rest once', () => {
    const given = toTaskError(new InvalidInput([{ field: 'input.x', message: 'is required' }]));
    expect(toTaskError(given)).toBe(given);
    expect(given).toMatchObject({ name: 'TaskRejected', kind: 'invalid-input' });
    expect(toTaskError('a string')).toMatchObject({
      name: 'TaskRetryable',
      kind: 'internal',
      message: 'a string',
    });
  });
});
