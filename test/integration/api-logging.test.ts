import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/kernel/ids.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { createTenant } from '../support/fixtures.ts';
import { claims, invoke } from '../support/invoke.ts';
import { captureLogs } from '../support/logs.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'api-logging';

beforeAll(async () => {
  await createTenant(T);
});

describe('log lines of an API request', () => {
  it('carry the caller’s correlation id, the route and the tenant, and only during the request', async () => {
    const logs = captureLogs();
    try {
      const res = await invoke('GET', `/v1/groups/${newId()}`, {
        claims: claims.operator(T),
        headers: { 'x-correlation-id': 'corr-api-1' },
      });
      expect(res.status).toBe(404);
      expect(res.headers['x-correlation-id']).toBe('corr-api-1');
      logger.info('after the request');
      expect(logs.find('request refused')[0]).toMatchObject({
        correlation_id: 'corr-api-1',
        route: 'GET /v1/groups/{groupId}',
        tenant_id: T,
        status: 404,
      });
      expect(logs.find('after the request')[0]).not.toHaveProperty('correlation_id');
    } finally {
      logs.restore();
    }
  });

  it('fall back to the gateway’s request id for a malformed correlation id', async () => {
    const logs = captureLogs();
    try {
      const res = await invoke('GET', `/v1/groups/${newId()}`, {
        claims: claims.operator(T),
        headers: { 'x-correlation-id': 'no spaces allowed' },
      });
      const correlationId = res.headers['x-correlation-id'];
      expect(correlationId).not.toBe('no spaces allowed');
      expect(logs.find('request refused')[0]).toMatchObject({ correlation_id: correlationId });
    } finally {
      logs.restore();
    }
  });
});
