/**
 * The e-mail of password recovery, in the group's language: the recovery code, how long it is
 * valid, and that nothing changes if nobody asked. `{number}` (the masked phone number), `{code}`
 * and `{minutes}` are filled in. Like the SMS of sign-in it has no link and asks for nothing but
 * the code, typed where the subscriber asked for it.
 */
const TEXTS: Record<string, { subject: string; text: string }> = {
  en: {
    subject: 'Your self-care password recovery code',
    text: 'Someone asked to recover the self-care sign-in of the number {number}. The recovery code is {code}. It is valid for {minutes} minutes and can be used once. If you did not ask for it, ignore this e-mail: the password stays as it is. Never tell the code to anyone.',
  },
  sl: {
    subject: 'Koda za obnovitev gesla za samopostrežni portal',
    text: 'Nekdo je zahteval obnovitev prijave v samopostrežni portal za številko {number}. Koda za obnovitev je {code}. Velja {minutes} minut in jo lahko uporabite enkrat. Če je niste zahtevali vi, to sporočilo prezrite: geslo ostane nespremenjeno. Kode nikomur ne povejte.',
  },
  sq: {
    subject: 'Kodi për rikthimin e fjalëkalimit të vetëshërbimit',
    text: 'Dikush kërkoi rikthimin e hyrjes në vetëshërbim për numrin {number}. Kodi i rikthimit është {code}. Vlen {minutes} minuta dhe mund të përdoret një herë. Nëse nuk e keni kërkuar ju, injorojeni këtë e-mail: fjalëkalimi mbetet i njëjtë. Mos ia tregoni kodin askujt.',
  },
  pt: {
    subject: 'Código de recuperação da palavra-passe da Área de Cliente',
    text: 'Foi pedida a recuperação do acesso à Área de Cliente do número {number}. O código de recuperação é {code}. É válido durante {minutes} minutos e só pode ser usado uma vez. Se não foi você que o pediu, ignore este e-mail: a palavra-passe mantém-se. Nunca partilhe o código.',
  },
  hr: {
    subject: 'Kôd za oporavak lozinke korisničke zone',
    text: 'Netko je zatražio oporavak prijave u korisničku zonu za broj {number}. Kôd za oporavak je {code}. Vrijedi {minutes} minuta i može se upotrijebiti jednom. Ako ga niste zatražili vi, zanemarite ovu poruku: lozinka ostaje ista. Nikome ne govorite kôd.',
  },
};

/** The e-mail in `language` (English when the product has no text in it), with its parameters filled in. */
export function recoveryEmail(
  language: string,
  params: { number: string; code: string; minutes: number },
): { subject: string; text: string; locale: string } {
  const locale = TEXTS[language] ? language : 'en';
  const { subject, text } = TEXTS[locale]!;
  const filled = text.replace(/\{(\w+)\}/g, (_m, name: string) =>
    String((params as Record<string, string | number>)[name] ?? ''),
  );
  return { subject, text: filled, locale };
}
