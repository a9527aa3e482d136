import { describe, expect, it } from 'vitest';
import { checkVatId, normalizeVatId } from '../../shared/groups/vat-id.ts';
import { InvalidInput } from '../../shared/kernel/errors.ts';

describe('VAT ID per country', () => {
  it.each([
    ['SI50223054', 'SI', 'SI50223054'],
    ['SI 5022 3054', 'SI', 'SI50223054'],
    ['si50223054', 'SI', 'SI50223054'],
    ['50223054', 'SI', 'SI50223054'],
    ['HR33392005961', 'HR', 'HR33392005961'],
    ['33392005961', 'HR', 'HR33392005961'],
    ['PT501964843', 'PT', 'PT501964843'],
    ['501 964 843', 'PT', 'PT501964843'],
    ['330123456', 'XK', '330123456'],
    ['XK330123456', 'XK', '330123456'],
    ['K12345678L', 'AL', 'K12345678L'],
    ['DE123456789', 'DE', 'DE123456789'],
    ['el123456789', 'GR', 'EL123456789'],
    ['ATU12345678', 'AT', 'ATU12345678'],
    ['NL123456789B01', 'NL', 'NL123456789B01'],
    ['ABC12345', 'US', 'ABC12345'],
  ])('accepts %s for %s as %s', (input, country, canonical) => {
    expect(checkVatId(input, country)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ['SI50223055', 'SI', /check digit/],
    ['SI5022305', 'SI', /8 digits/],
    ['SI02230540', 'SI', /check digit/],
    ['DE123456789', 'SI', /VAT ID of SI/],
    ['HR33392005962', 'HR', /check digit/],
    ['HR3339200596', 'HR', /OIB/],
    ['PT501964842', 'PT', /check digit/],
    ['PT001964843', 'PT', /check digit/],
    ['33012345', 'XK', /9-digit/],
    ['12345678L', 'AL', /NIPT/],
    ['DE12345678', 'DE', /9 digits/],
    ['GR123456789', 'GR', /VAT ID of GR/],
    ['A1', 'US', /4 to 20/],
  ])('refuses %s for %s', (input, country, message) => {
    const r = checkVatId(input, country);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('normalizeVatId names the field', () => {
    try {
      normalizeVatId('SI50223055', 'SI', 'body.company.vatId');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput);
      expect((e as InvalidInput).issues[0]!.field).toBe('body.company.vatId');
    }
  });
});
