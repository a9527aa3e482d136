import { describe, expect, it } from 'vitest';
import { invoke } from '../support/invoke.ts';

describe('system routes', () => {
  it('GET /health answers 200 with a timestamp', async () => {
    const res = await invoke('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(Date.parse(res.body.time)).not.toBeNaN();
    expect(res.headers['x-correlation-id']).toBeTruthy();
  });

  it('GET /openapi.json serves an OpenAPI 3.1 document', async () => {
    const res = await invoke('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/v1/catalog'].put.requestBody).toBeTruthy();
  });
});
