import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTAL_API_TYPES, portalApiTypes } from '../../infra/build/portal-api-types.ts';

describe("the portal's API types", () => {
  it('are the contract the API serves (regenerate with npm run portal-api-types)', async () => {
    expect(readFileSync(PORTAL_API_TYPES, 'utf8')).toBe(await portalApiTypes());
  });
});
