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

  it('leaves short numbers (amounts, counts) alone', () => {
    expect(maskPhones('amount 1234567 EUR cents, 42 items')).toBe('amount 1234567 EUR cents, 42 items');
  });
});
