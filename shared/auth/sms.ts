import type { NotificationMessage } from '../notifications/message.ts';

/**
 * The messages of sign-in, in the subscriber's language (the group's): the initial password of new
 * credentials, the PIN of a sign-in, the notice that a recovery by e-mail changed the password, and
 * for a fixed line (whose messages go to the destination customer care registered) the initial
 * password naming the number it is for and the notices that the destination changed.
 * `{password}`, `{pin}`, `{minutes}`, `{number}` and `{destination}` are filled in. No text names
 * the operator's shop or a link: a message that asks for nothing cannot be imitated to ask for
 * something. By SMS the text alone; by e-mail the same text under the template's subject.
 */
export type SignInTemplate =
  | 'initial-password'
  | 'initial-password-for'
  | 'login-pin'
  | 'password-changed'
  | 'pin-destination-set'
  | 'pin-destination-removed'
  | 'staff-initial-password'
  | 'staff-sign-in-code';

const TEXTS: Record<string, Record<SignInTemplate, string>> = {
  en: {
    'initial-password':
      'Your self-care sign-in: the username is this phone number, the initial password is {password}. At the first sign-in you will get a PIN by SMS and choose a new password.',
    'initial-password-for':
      'Your self-care sign-in for the number {number}: the username is that number, the initial password is {password}. At the first sign-in you will get a PIN here and choose a new password.',
    'login-pin': 'Your sign-in PIN is {pin}. It is valid for {minutes} minutes. Never tell it to anyone.',
    'password-changed':
      'The password of your self-care sign-in was changed. If this was not you, call customer care at once.',
    'pin-destination-set':
      'The sign-in PIN of the self-care number {number} now goes to {destination}. If you did not ask for this, call customer care at once.',
    'pin-destination-removed':
      'The sign-in PIN of the self-care number {number} no longer goes here. If you did not ask for this, call customer care at once.',
    'staff-initial-password':
      "Your sign-in to the operator's desk: the username is this e-mail address, the initial password is {password}. At the first sign-in you will get a code by e-mail and choose a new password.",
    'staff-sign-in-code':
      "Your sign-in code for the operator's desk is {pin}. It is valid for {minutes} minutes. Never tell it to anyone.",
  },
  sl: {
    'initial-password':
      'Prijava v samopostrežni portal: uporabniško ime je ta telefonska številka, začetno geslo je {password}. Ob prvi prijavi boste prejeli PIN po SMS in izbrali novo geslo.',
    'initial-password-for':
      'Prijava v samopostrežni portal za številko {number}: uporabniško ime je ta številka, začetno geslo je {password}. Ob prvi prijavi boste sem prejeli PIN in izbrali novo geslo.',
    'login-pin': 'Vaš PIN za prijavo je {pin}. Velja {minutes} minut. Nikomur ga ne povejte.',
    'password-changed':
      'Geslo za prijavo v samopostrežni portal je bilo spremenjeno. Če tega niste storili vi, takoj pokličite službo za pomoč uporabnikom.',
    'pin-destination-set':
      'PIN za prijavo v samopostrežni portal za številko {number} odslej prejema {destination}. Če tega niste zahtevali vi, takoj pokličite službo za pomoč uporabnikom.',
    'pin-destination-removed':
      'PIN za prijavo v samopostrežni portal za številko {number} ne prihaja več sem. Če tega niste zahtevali vi, takoj pokličite službo za pomoč uporabnikom.',
    'staff-initial-password':
      'Prijava v operaterjev delovni portal: uporabniško ime je ta e-poštni naslov, začetno geslo je {password}. Ob prvi prijavi boste po e-pošti prejeli kodo in izbrali novo geslo.',
    'staff-sign-in-code':
      'Vaša koda za prijavo v operaterjev delovni portal je {pin}. Velja {minutes} minut. Nikomur je ne povejte.',
  },
  sq: {
    'initial-password':
      'Hyrja në vetëshërbim: emri i përdoruesit është ky numër telefoni, fjalëkalimi fillestar është {password}. Në hyrjen e parë do të merrni një PIN me SMS dhe do të zgjidhni një fjalëkalim të ri.',
    'initial-password-for':
      'Hyrja në vetëshërbim për numrin {number}: emri i përdoruesit është ai numër, fjalëkalimi fillestar është {password}. Në hyrjen e parë do të merrni këtu një PIN dhe do të zgjidhni një fjalëkalim të ri.',
    'login-pin': 'PIN-i juaj për hyrje është {pin}. Vlen {minutes} minuta. Mos ia tregoni askujt.',
    'password-changed':
      'Fjalëkalimi i hyrjes suaj në vetëshërbim u ndryshua. Nëse nuk e bëtë ju, telefononi menjëherë shërbimin e klientit.',
    'pin-destination-set':
      'PIN-i i hyrjes në vetëshërbim për numrin {number} tani shkon te {destination}. Nëse nuk e keni kërkuar ju, telefononi menjëherë shërbimin e klientit.',
    'pin-destination-removed':
      'PIN-i i hyrjes në vetëshërbim për numrin {number} nuk vjen më këtu. Nëse nuk e keni kërkuar ju, telefononi menjëherë shërbimin e klientit.',
    'staff-initial-password':
      'Hyrja juaj në portalin e punës së operatorit: emri i përdoruesit është kjo adresë e-maili, fjalëkalimi fillestar është {password}. Në hyrjen e parë do të merrni një kod me e-mail dhe do të zgjidhni një fjalëkalim të ri.',
    'staff-sign-in-code':
      'Kodi juaj për hyrje në portalin e punës së operatorit është {pin}. Vlen {minutes} minuta. Mos ia tregoni askujt.',
  },
  pt: {
    'initial-password':
      'Acesso à Área de Cliente: o utilizador é este número de telefone e a palavra-passe inicial é {password}. No primeiro acesso receberá um PIN por SMS e escolherá uma nova palavra-passe.',
    'initial-password-for':
      'Acesso à Área de Cliente do número {number}: o utilizador é esse número e a palavra-passe inicial é {password}. No primeiro acesso receberá aqui um PIN e escolherá uma nova palavra-passe.',
    'login-pin': 'O seu PIN de acesso é {pin}. É válido durante {minutes} minutos. Nunca o partilhe.',
    'password-changed':
      'A palavra-passe de acesso à Área de Cliente foi alterada. Se não foi você, ligue de imediato para o apoio ao cliente.',
    'pin-destination-set':
      'O PIN de acesso à Área de Cliente do número {number} passa a ser enviado para {destination}. Se não foi você que o pediu, ligue de imediato para o apoio ao cliente.',
    'pin-destination-removed':
      'O PIN de acesso à Área de Cliente do número {number} deixa de ser enviado para aqui. Se não foi você que o pediu, ligue de imediato para o apoio ao cliente.',
    'staff-initial-password':
      'O seu acesso ao balcão do operador: o utilizador é este endereço de e-mail e a palavra-passe inicial é {password}. No primeiro acesso receberá um código por e-mail e escolherá uma nova palavra-passe.',
    'staff-sign-in-code':
      'O seu código de acesso ao balcão do operador é {pin}. É válido durante {minutes} minutos. Nunca o partilhe.',
  },
  hr: {
    'initial-password':
      'Prijava u korisničku zonu: korisničko ime je ovaj broj telefona, početna lozinka je {password}. Pri prvoj prijavi dobit ćete PIN SMS-om i odabrati novu lozinku.',
    'initial-password-for':
      'Prijava u korisničku zonu za broj {number}: korisničko ime je taj broj, početna lozinka je {password}. Pri prvoj prijavi ovdje ćete dobiti PIN i odabrati novu lozinku.',
    'login-pin': 'Vaš PIN za prijavu je {pin}. Vrijedi {minutes} minuta. Nikome ga ne govorite.',
    'password-changed':
      'Lozinka za prijavu u korisničku zonu je promijenjena. Ako to niste učinili vi, odmah nazovite korisničku službu.',
    'pin-destination-set':
      'PIN za prijavu u korisničku zonu za broj {number} sada ide na {destination}. Ako to niste zatražili vi, odmah nazovite korisničku službu.',
    'pin-destination-removed':
      'PIN za prijavu u korisničku zonu za broj {number} više ne dolazi ovamo. Ako to niste zatražili vi, odmah nazovite korisničku službu.',
    'staff-initial-password':
      'Vaša prijava u operaterov radni portal: korisničko ime je ova adresa e-pošte, početna lozinka je {password}. Pri prvoj prijavi dobit ćete kôd e-poštom i odabrati novu lozinku.',
    'staff-sign-in-code':
      'Vaš kôd za prijavu u operaterov radni portal je {pin}. Vrijedi {minutes} minuta. Nikome ga ne govorite.',
  },
};

/** The subject of a sign-in message sent by e-mail, per language (English when the product has none). */
const SUBJECTS: Record<string, Record<SignInTemplate, string>> = {
  en: {
    'initial-password': 'Your self-care initial password',
    'initial-password-for': 'Your self-care initial password',
    'login-pin': 'Your self-care sign-in PIN',
    'password-changed': 'Your self-care password was changed',
    'pin-destination-set': 'Where your self-care sign-in PIN goes',
    'pin-destination-removed': 'Where your self-care sign-in PIN goes',
    'staff-initial-password': "Your sign-in to the operator's desk",
    'staff-sign-in-code': "Your sign-in code for the operator's desk",
  },
  sl: {
    'initial-password': 'Začetno geslo za samopostrežni portal',
    'initial-password-for': 'Začetno geslo za samopostrežni portal',
    'login-pin': 'PIN za prijavo v samopostrežni portal',
    'password-changed': 'Geslo za samopostrežni portal je bilo spremenjeno',
    'pin-destination-set': 'Kam prihaja PIN za prijavo v samopostrežni portal',
    'pin-destination-removed': 'Kam prihaja PIN za prijavo v samopostrežni portal',
    'staff-initial-password': 'Prijava v operaterjev delovni portal',
    'staff-sign-in-code': 'Koda za prijavo v operaterjev delovni portal',
  },
  sq: {
    'initial-password': 'Fjalëkalimi fillestar i vetëshërbimit',
    'initial-password-for': 'Fjalëkalimi fillestar i vetëshërbimit',
    'login-pin': 'PIN-i i hyrjes në vetëshërbim',
    'password-changed': 'Fjalëkalimi i vetëshërbimit u ndryshua',
    'pin-destination-set': 'Ku shkon PIN-i i hyrjes në vetëshërbim',
    'pin-destination-removed': 'Ku shkon PIN-i i hyrjes në vetëshërbim',
    'staff-initial-password': 'Hyrja juaj në portalin e punës së operatorit',
    'staff-sign-in-code': 'Kodi i hyrjes në portalin e punës së operatorit',
  },
  pt: {
    'initial-password': 'A palavra-passe inicial da Área de Cliente',
    'initial-password-for': 'A palavra-passe inicial da Área de Cliente',
    'login-pin': 'O PIN de acesso à Área de Cliente',
    'password-changed': 'A palavra-passe da Área de Cliente foi alterada',
    'pin-destination-set': 'Para onde vai o PIN de acesso à Área de Cliente',
    'pin-destination-removed': 'Para onde vai o PIN de acesso à Área de Cliente',
    'staff-initial-password': 'O seu acesso ao balcão do operador',
    'staff-sign-in-code': 'O código de acesso ao balcão do operador',
  },
  hr: {
    'initial-password': 'Početna lozinka korisničke zone',
    'initial-password-for': 'Početna lozinka korisničke zone',
    'login-pin': 'PIN za prijavu u korisničku zonu',
    'password-changed': 'Lozinka korisničke zone je promijenjena',
    'pin-destination-set': 'Kamo ide PIN za prijavu u korisničku zonu',
    'pin-destination-removed': 'Kamo ide PIN za prijavu u korisničku zonu',
    'staff-initial-password': 'Vaša prijava u operaterov radni portal',
    'staff-sign-in-code': 'Kôd za prijavu u operaterov radni portal',
  },
};

/** The message of `template` for `route` (an SMS, or an e-mail with its subject), ready for the notifier. */
export function signInMessage(
  tenantId: string,
  route: { channel: 'sms' | 'email'; to: string },
  template: SignInTemplate,
  language: string,
  params: Record<string, string | number>,
): NotificationMessage {
  const { text, locale } = signInText(template, language, params);
  return {
    tenantId,
    channel: route.channel,
    to: route.to,
    locale,
    text,
    template,
    ...(route.channel === 'email' ? { subject: SUBJECTS[locale]![template] } : {}),
  };
}

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

/** The templates whose message carries a secret (a password, a PIN or a code) that `secretOf` reads back. */
export const SECRET_TEMPLATES = [
  'initial-password',
  'initial-password-for',
  'login-pin',
  'staff-initial-password',
  'staff-sign-in-code',
] as const satisfies readonly SignInTemplate[];

/**
 * The secret a sign-in SMS carries (`{password}` or `{pin}`), read back from its text: for the
 * local outbox's reader (`npm run cli -- outbox --secret`), so a script signs in as a person reading
 * the SMS would. Undefined when the text is not this template's in `locale`.
 */
export function secretOf(template: SignInTemplate, locale: string, text: string): string | undefined {
  const pattern = TEXTS[locale]?.[template];
  if (!pattern) return undefined;
  const field = template.includes('initial-password') ? 'password' : 'pin';
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `^${escaped.replace(/\{(\w+)\}/g, (_m, name: string) => (name === field ? '(\\S+?)' : '\\S+?'))}$`,
    'u',
  );
  return re.exec(text)?.[1];
}
