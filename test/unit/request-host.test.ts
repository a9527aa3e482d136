import { describe, expect, it } from 'vitest';
import { tenantOfRequest } from '../../shared/auth/domain.ts';
import { requestHost } from '../../shared/handlers/request-host.ts';

describe('the host of a public request', () => {
  it('is the host the portal’s distribution passed on, else the request’s own', () => {
    const viaPortal = {
      host: 'abc123.execute-api.eu-central-1.amazonaws.com',
      'x-forwarded-host': 'dardania.portal.example',
    };
    expect(requestHost(viaPortal)).toBe('dardania.portal.example');
    expect(requestHost({ host: 'jadran.portal.example' })).toBe('jadran.portal.example');
    // A chain of proxies: the first is the viewer's.
    expect(requestHost({ host: 'x', 'x-forwarded-host': 'alpina.portal.example, cdn.internal' })).toBe(
      'alpina.portal.example',
    );
    expect(requestHost({ host: 'jadran.portal.example', 'x-forwarded-host': '' })).toBe(
      'jadran.portal.example',
    );
  });

  it('names the tenant of a sign-in on AWS through the portal', () => {
    const host = requestHost({
      host: 'abc123.execute-api.eu-central-1.amazonaws.com',
      'x-forwarded-host': 'dardania.portal.example',
    });
    expect(tenantOfRequest({ runtime: 'aws', host, domain: 'portal.example' })).toBe('dardania');
    expect(
      tenantOfRequest({ runtime: 'aws', host, domain: 'portal.example', named: 'alpina' }),
    ).toBeUndefined();
  });
});
