import { describe, expect, it } from 'vitest';
import { secretOf, signInText } from '../../shared/auth/sms.ts';

/** The outbox reader gives a script the password or PIN of a sign-in SMS, in every language. */
describe('the secret of a sign-in SMS', () => {
  for (const language of ['en', 'sl', 'sq', 'pt', 'hr']) {
    it(`is read back from the text in ${language}`, () => {
      const password = signInText('initial-password', language, { password: 'Kq7#mZ2x-Pw9' });
      expect(secretOf('initial-password', password.locale, password.text)).toBe('Kq7#mZ2x-Pw9');
      const pin = signInText('login-pin', language, { pin: '048213', minutes: 5 });
      expect(secretOf('login-pin', pin.locale, pin.text)).toBe('048213');
      // Another template's text, or an edited one, carries no secret of this template.
      expect(secretOf('login-pin', password.locale, password.text)).toBeUndefined();
      expect(secretOf('login-pin', pin.locale, `${pin.text} (forwarded)`)).toBeUndefined();
    });
  }
});
