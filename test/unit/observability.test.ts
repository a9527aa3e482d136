import { describe, expect, it } from 'vitest';
import { maskPhones } from '../../shared/kernel/observability.ts';

describe('phone numbers in logs', () => {
  it.each([
    ['+38640123456', '+38640***456'],
    ['38640123456', '38640***456'],
    ['SMS to +351912000001 sent', 'SMS to +35191***001 sent'],
    ['/v1/groups/01J/members/38640100002/balance', '/v1/groups/01J/members/38640***002/balance'],
  ])('masks %s', (input, masked) => {
    expect(maskPhones(input)).toBe(masked);
  });

  it('leaves digits that are part of a larger token alone (a correlation id, a record id)', () => {
    expect(maskPhones('95387017-5b7d-4c1e-9a3f-2d8b0e7c1a90')).toBe('95387017-5b7d-4c1e-9a3f-2d8b0e7c1a90');
    expect(maskPhones('MSC1-38640123456-7')).toBe('MSC1-38640123456-7');
    expect(maskPhones('f3e1-123456789012')).toBe('f3e1-123456789012');
  });

  it('leaves short numbers (amounts, counts) alone', () => {
    expect(maskPhones('amount 1234567 EUR cents, 42 items')).toBe('amount 1234567 EUR cents, 42 items');
  });
});
