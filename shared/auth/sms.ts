/**
 * The SMS of sign-in, in the subscriber's language (the group's): the initial password of new
 * credentials, the PIN of a sign-in, and the notice that a recovery by e-mail changed the password.
 * `{password}`, `{pin}` and `{minutes}` are filled in. No text names the operator's shop or a link:
 * an SMS that asks for nothing cannot be imitated to ask for something.
 */
export type SignInTemplate = 'initial-password' | 'login-pin' | 'password-changed';

const TEXTS: Record<string, Record<SignInTemplate, string>> = {
  en: {
    'initial-password':
      'Your self-care sign-in: the username is this phone number, the initial password is {password}. At the first sign-in you will get a PIN by SMS and choose a new password.',
    'login-pin': 'Your sign-in PIN is {pin}. It is valid for {minutes} minutes. Never tell it to anyone.',
    'password-changed':
      'The password of your self-care sign-in was changed. If this was not you, call customer care at once.',
  },
  sl: {
    'initial-password':
      'Prijava v samopostrežni portal: uporabniško ime je ta telefonska številka, začetno geslo je {password}. Ob prvi prijavi boste prejeli PIN po SMS in izbrali novo geslo.',
    'login-pin': 'Vaš PIN za prijavo je {pin}. Velja {minutes} minut. Nikomur ga ne povejte.',
    'password-changed':
      'Geslo za prijavo v samopostrežni portal je bilo spremenjeno. Če tega niste storili vi, takoj pokličite službo za pomoč uporabnikom.',
  },
  sq: {
    'initial-password':
      'Hyrja në vetëshërbim: emri i përdoruesit është ky numër telefoni, fjalëkalimi fillestar është {password}. Në hyrjen e parë do të merrni një PIN me SMS dhe do të zgjidhni një fjalëkalim të ri.',
    'login-pin': 'PIN-i juaj për hyrje është {pin}. Vlen {minutes} minuta. Mos ia tregoni askujt.',
    'password-changed':
      'Fjalëkalimi i hyrjes suaj në vetëshërbim u ndryshua. Nëse nuk e bëtë ju, telefononi menjëherë shërbimin e klientit.',
  },
  pt: {
    'initial-password':
      'Acesso à Área de Cliente: o utilizador é este número de telefone e a palavra-passe inicial é {password}. No primeiro acesso receberá um PIN por SMS e escolherá uma nova palavra-passe.',
    'login-pin': 'O seu PIN de acesso é {pin}. É válido durante {minutes} minutos. Nunca o partilhe.',
    'password-changed':
      'A palavra-passe de acesso à Área de Cliente foi alterada. Se não foi você, ligue de imediato para o apoio ao cliente.',
  },
  hr: {
    'initial-password':
      'Prijava u korisničku zonu: korisničko ime je ovaj broj telefona, početna lozinka je {password}. Pri prvoj prijavi dobit ćete PIN SMS-om i odabrati novu lozinku.',
    'login-pin': 'Vaš PIN za prijavu je {pin}. Vrijedi {minutes} minuta. Nikome ga ne govorite.',
    'password-changed':
      'Lozinka za prijavu u korisničku zonu je promijenjena. Ako to niste učinili vi, odmah nazovite korisničku službu.',
  },
};

/** The text in `language` (English when the product has no text in it), with its parameters filled in. */
export function signInText(
  template: SignInTemplate,
  language: string,
  params: Record<string, string | number>,
): { text: string; locale: string } {
  const locale = TEXTS[language] ? language : 'en';
  const text = TEXTS[locale]![template].replace(/\{(\w+)\}/g, (_m, name: string) =>
    String(params[name] ?? ''),
  );
  return { text, locale };
}

/**
 * The secret a sign-in SMS carries (`{password}` or `{pin}`), read back from its text: for the
 * local outbox's reader (`npm run cli -- outbox --secret`), so a script signs in as a person reading
 * the SMS would. Undefined when the text is not this template's in `locale`.
 */
export function secretOf(template: SignInTemplate, locale: string, text: string): string | undefined {
  const pattern = TEXTS[locale]?.[template];
  if (!pattern) return undefined;
  const field = template === 'initial-password' ? 'password' : 'pin';
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `^${escaped.replace(/\{(\w+)\}/g, (_m, name: string) => (name === field ? '(\\S+?)' : '\\S+?'))}$`,
    'u',
  );
  return re.exec(text)?.[1];
}
