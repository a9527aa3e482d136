/**
 * What the customer is told when staff reply to its ticket or change its status, in the group's
 * language (the tenant's first language for a sender without a group). `{subject}` is the
 * ticket's subject and `{reply}` the staff's reply; an SMS points to the client area, an e-mail
 * carries the reply itself.
 */
export type SupportNotice = 'replied' | 'closed' | 'reopened';

const TEXTS: Record<string, Record<SupportNotice | 'mail-subject', string>> = {
  en: {
    replied: 'We have replied to your support request "{subject}". Read it in the client area.',
    closed: 'Your support request "{subject}" has been closed.',
    reopened: 'Your support request "{subject}" has been opened again.',
    'mail-subject': 'Your support request: {subject}',
  },
  sl: {
    replied:
      'Na vašo zahtevo za podporo »{subject}« smo odgovorili. Odgovor preberite v uporabniškem portalu.',
    closed: 'Vaša zahteva za podporo »{subject}« je zaključena.',
    reopened: 'Vaša zahteva za podporo »{subject}« je ponovno odprta.',
    'mail-subject': 'Vaša zahteva za podporo: {subject}',
  },
  sq: {
    replied: 'Iu përgjigjëm kërkesës suaj për mbështetje "{subject}". Lexojeni në zonën e klientit.',
    closed: 'Kërkesa juaj për mbështetje "{subject}" u mbyll.',
    reopened: 'Kërkesa juaj për mbështetje "{subject}" u rihap.',
    'mail-subject': 'Kërkesa juaj për mbështetje: {subject}',
  },
  pt: {
    replied: 'Respondemos ao seu pedido de suporte "{subject}". Leia a resposta na Área de Cliente.',
    closed: 'O seu pedido de suporte "{subject}" foi encerrado.',
    reopened: 'O seu pedido de suporte "{subject}" foi reaberto.',
    'mail-subject': 'O seu pedido de suporte: {subject}',
  },
  hr: {
    replied: 'Odgovorili smo na vaš zahtjev za podršku "{subject}". Pročitajte odgovor u korisničkoj zoni.',
    closed: 'Vaš zahtjev za podršku "{subject}" je zatvoren.',
    reopened: 'Vaš zahtjev za podršku "{subject}" je ponovno otvoren.',
    'mail-subject': 'Vaš zahtjev za podršku: {subject}',
  },
};

export function supportText(
  locale: string,
  notice: SupportNotice,
  subject: string,
): { locale: string; text: string; mailSubject: string } {
  const lang = TEXTS[locale] ? locale : TEXTS[locale.slice(0, 2)] ? locale.slice(0, 2) : 'en';
  const fill = (t: string) => t.replace('{subject}', subject);
  return { locale: lang, text: fill(TEXTS[lang]![notice]), mailSubject: fill(TEXTS[lang]!['mail-subject']) };
}
