import { invoiceLanguage } from '../invoices/domain.ts';
import type { Language } from '../kernel/messages.ts';
import { formatMoney } from '../kernel/money-format.ts';

/**
 * What a dunning tells the customer's administrator, in the group's language: the reminder (SMS
 * and e-mail, the amount and the payment reference), the suspension (the amount due by SMS and how
 * to send a proof of payment, and an e-mail), the provisional and the final reactivation (SMS), and
 * collections (SMS); the operator's staff get an e-mail when a debt goes to collections. A dunning
 * that ends because the invoice was paid or voided says nothing. A proof of payment the staff
 * rejected is told by SMS, with their reason and what is still due.
 */
type Key =
  | 'reminder-subject'
  | 'reminder-email'
  | 'reminder-sms'
  | 'suspended-subject'
  | 'suspended-email'
  | 'suspended-sms'
  | 'provisional-sms'
  | 'reactivated-sms'
  | 'reactivated-fee-sms'
  | 'collections-sms'
  | 'staff-collections-subject'
  | 'staff-collections-email'
  | 'proof-rejected-sms';

const TEXTS: Record<Language, Record<Key, string>> = {
  en: {
    'reminder-subject': 'Reminder: invoice {number} is unpaid',
    'reminder-email':
      'Invoice {number} was due on {dueDate} and {due} is still unpaid.\nPlease pay by bank transfer to {iban} quoting the reference {reference}.\nIf you have already paid, thank you: no need to reply.',
    'reminder-sms':
      'Reminder: invoice {number} is unpaid: {due}, reference {reference}. Already paid? Thank you.',
    'suspended-subject': 'Outgoing services suspended: invoice {number} is unpaid',
    'suspended-email':
      'Outgoing services of your numbers are suspended because invoice {number} is unpaid.\nAmount due: {due}, reference {reference}, account {iban}.\nPaying restores service automatically. To have it restored within minutes, send a proof of payment in the client area or to {proofAddress}.',
    'suspended-sms':
      'Service suspended for non-payment. Amount due: {due}, reference {reference}. Paying restores it; for a faster restore send a proof of payment in the client area or to {proofAddress}.',
    'provisional-sms':
      'Service restored on your proof of payment for invoice {number}, until we confirm the payment by {until}.',
    'reactivated-sms': 'Service restored: thank you for paying invoice {number}.',
    'reactivated-fee-sms':
      'Service restored: thank you for paying invoice {number}. The reconnection fee of {fee} is on your next invoice.',
    'collections-sms':
      'Invoice {number} is still unpaid ({due}) and has been passed to collections. Paying it restores service.',
    'staff-collections-subject': 'Collections: invoice {number} of group {groupId}',
    'staff-collections-email':
      'Invoice {number} of group {groupId} ({company}) is unpaid past the final deadline and has been passed to collections.\nStill due: {due}, reference {reference}. Outgoing services of its numbers stay suspended.',
    'proof-rejected-sms':
      'Your proof of payment for invoice {number} was not accepted: {reason} Amount due: {due}, reference {reference}. You may send another proof.',
  },
  sl: {
    'reminder-subject': 'Opomin: račun {number} ni plačan',
    'reminder-email':
      'Račun {number} je zapadel {dueDate}, neplačanih je še {due}.\nProsimo, plačajte z nakazilom na {iban} s sklicem {reference}.\nČe ste že plačali, se vam zahvaljujemo: odgovor ni potreben.',
    'reminder-sms': 'Opomin: račun {number} ni plačan: {due}, sklic {reference}. Ste že plačali? Hvala.',
    'suspended-subject': 'Odhodne storitve so izklopljene: račun {number} ni plačan',
    'suspended-email':
      'Odhodne storitve vaših številk so izklopljene, ker račun {number} ni plačan.\nZa plačilo: {due}, sklic {reference}, račun {iban}.\nPlačilo storitve samodejno znova vklopi. Za vklop v nekaj minutah pošljite potrdilo o plačilu v uporabniškem portalu ali na {proofAddress}.',
    'suspended-sms':
      'Storitve so izklopljene zaradi neplačila. Za plačilo: {due}, sklic {reference}. Plačilo jih znova vklopi; za hitrejši vklop pošljite potrdilo o plačilu v portalu ali na {proofAddress}.',
    'provisional-sms':
      'Storitve smo znova vklopili na podlagi potrdila o plačilu računa {number}, dokler plačila ne potrdimo, najpozneje do {until}.',
    'reactivated-sms': 'Storitve so znova vklopljene: hvala za plačilo računa {number}.',
    'reactivated-fee-sms':
      'Storitve so znova vklopljene: hvala za plačilo računa {number}. Strošek ponovnega vklopa {fee} bo na naslednjem računu.',
    'collections-sms':
      'Račun {number} še vedno ni plačan ({due}) in je predan v izterjavo. Plačilo znova vklopi storitve.',
    'staff-collections-subject': 'Izterjava: račun {number} skupine {groupId}',
    'staff-collections-email':
      'Račun {number} skupine {groupId} ({company}) ni plačan po končnem roku in je predan v izterjavo.\nŠe za plačilo: {due}, sklic {reference}. Odhodne storitve njenih številk ostajajo izklopljene.',
    'proof-rejected-sms':
      'Vašega potrdila o plačilu računa {number} nismo sprejeli: {reason} Za plačilo: {due}, sklic {reference}. Lahko pošljete novo potrdilo.',
  },
  sq: {
    'reminder-subject': 'Kujtesë: fatura {number} është e papaguar',
    'reminder-email':
      'Fatura {number} duhej paguar më {dueDate} dhe {due} janë ende të papaguara.\nJu lutemi paguani me transfertë bankare në {iban} me referencën {reference}.\nNëse keni paguar tashmë, ju faleminderit: nuk ka nevojë të përgjigjeni.',
    'reminder-sms':
      'Kujtesë: fatura {number} është e papaguar: {due}, referenca {reference}. Keni paguar? Faleminderit.',
    'suspended-subject': 'Shërbimet dalëse u pezulluan: fatura {number} është e papaguar',
    'suspended-email':
      'Shërbimet dalëse të numrave tuaj u pezulluan sepse fatura {number} është e papaguar.\nPër t’u paguar: {due}, referenca {reference}, llogaria {iban}.\nPagesa e rikthen shërbimin automatikisht. Për rikthim brenda disa minutave, dërgoni dëshminë e pagesës në zonën e klientit ose në {proofAddress}.',
    'suspended-sms':
      'Shërbimi u pezullua për mospagesë. Për t’u paguar: {due}, referenca {reference}. Pagesa e rikthen; për rikthim më të shpejtë dërgoni dëshminë e pagesës në zonën e klientit ose në {proofAddress}.',
    'provisional-sms':
      'Shërbimi u rikthye me dëshminë tuaj të pagesës për faturën {number}, derisa ta konfirmojmë pagesën, deri më {until}.',
    'reactivated-sms': 'Shërbimi u rikthye: faleminderit që paguat faturën {number}.',
    'reactivated-fee-sms':
      'Shërbimi u rikthye: faleminderit që paguat faturën {number}. Tarifa e rikyçjes {fee} do të jetë në faturën e ardhshme.',
    'collections-sms':
      'Fatura {number} është ende e papaguar ({due}) dhe iu kalua arkëtimit. Pagesa e rikthen shërbimin.',
    'staff-collections-subject': 'Arkëtim: fatura {number} e grupit {groupId}',
    'staff-collections-email':
      'Fatura {number} e grupit {groupId} ({company}) është e papaguar pas afatit përfundimtar dhe iu kalua arkëtimit.\nEnde për t’u paguar: {due}, referenca {reference}. Shërbimet dalëse të numrave të tij mbeten të pezulluara.',
    'proof-rejected-sms':
      'Dëshmia juaj e pagesës për faturën {number} nuk u pranua: {reason} Për t’u paguar: {due}, referenca {reference}. Mund të dërgoni një dëshmi tjetër.',
  },
  pt: {
    'reminder-subject': 'Lembrete: a fatura {number} está por pagar',
    'reminder-email':
      'A fatura {number} venceu em {dueDate} e estão ainda por pagar {due}.\nPague por transferência bancária para {iban} com a referência {reference}.\nSe já pagou, obrigado: não precisa de responder.',
    'reminder-sms':
      'Lembrete: a fatura {number} está por pagar: {due}, referência {reference}. Já pagou? Obrigado.',
    'suspended-subject': 'Serviços de saída suspensos: a fatura {number} está por pagar',
    'suspended-email':
      'Os serviços de saída dos seus números estão suspensos porque a fatura {number} está por pagar.\nA pagar: {due}, referência {reference}, conta {iban}.\nO pagamento repõe o serviço automaticamente. Para o repor em minutos, envie o comprovativo de pagamento na Área de Cliente ou para {proofAddress}.',
    'suspended-sms':
      'Serviço suspenso por falta de pagamento. A pagar: {due}, referência {reference}. O pagamento repõe-no; para repor mais depressa envie o comprovativo na Área de Cliente ou para {proofAddress}.',
    'provisional-sms':
      'Serviço reposto com o seu comprovativo de pagamento da fatura {number}, até confirmarmos o pagamento, no máximo até {until}.',
    'reactivated-sms': 'Serviço reposto: obrigado por pagar a fatura {number}.',
    'reactivated-fee-sms':
      'Serviço reposto: obrigado por pagar a fatura {number}. A taxa de religação de {fee} vem na próxima fatura.',
    'collections-sms':
      'A fatura {number} continua por pagar ({due}) e foi enviada para cobrança. O pagamento repõe o serviço.',
    'staff-collections-subject': 'Cobrança: fatura {number} do grupo {groupId}',
    'staff-collections-email':
      'A fatura {number} do grupo {groupId} ({company}) está por pagar depois do prazo final e foi enviada para cobrança.\nAinda a pagar: {due}, referência {reference}. Os serviços de saída dos seus números continuam suspensos.',
    'proof-rejected-sms':
      'O seu comprovativo de pagamento da fatura {number} não foi aceite: {reason} A pagar: {due}, referência {reference}. Pode enviar outro comprovativo.',
  },
  hr: {
    'reminder-subject': 'Opomena: račun {number} nije plaćen',
    'reminder-email':
      'Račun {number} dospio je {dueDate} i još je neplaćeno {due}.\nMolimo platite uplatom na {iban} s pozivom na broj {reference}.\nAko ste već platili, hvala: odgovor nije potreban.',
    'reminder-sms':
      'Opomena: račun {number} nije plaćen: {due}, poziv na broj {reference}. Već ste platili? Hvala.',
    'suspended-subject': 'Odlazne usluge su isključene: račun {number} nije plaćen',
    'suspended-email':
      'Odlazne usluge vaših brojeva isključene su jer račun {number} nije plaćen.\nZa platiti: {due}, poziv na broj {reference}, račun {iban}.\nUplata automatski ponovno uključuje usluge. Za uključenje u nekoliko minuta pošaljite potvrdu o uplati u korisničkoj zoni ili na {proofAddress}.',
    'suspended-sms':
      'Usluge su isključene zbog neplaćanja. Za platiti: {due}, poziv na broj {reference}. Uplata ih ponovno uključuje; za brže uključenje pošaljite potvrdu o uplati u korisničkoj zoni ili na {proofAddress}.',
    'provisional-sms':
      'Usluge su ponovno uključene na temelju vaše potvrde o uplati računa {number}, dok ne potvrdimo uplatu, najkasnije do {until}.',
    'reactivated-sms': 'Usluge su ponovno uključene: hvala na uplati računa {number}.',
    'reactivated-fee-sms':
      'Usluge su ponovno uključene: hvala na uplati računa {number}. Naknada za ponovno uključenje od {fee} bit će na sljedećem računu.',
    'collections-sms':
      'Račun {number} još nije plaćen ({due}) i predan je na naplatu. Uplata ponovno uključuje usluge.',
    'staff-collections-subject': 'Naplata: račun {number} grupe {groupId}',
    'staff-collections-email':
      'Račun {number} grupe {groupId} ({company}) nije plaćen nakon konačnog roka i predan je na naplatu.\nJoš za platiti: {due}, poziv na broj {reference}. Odlazne usluge njezinih brojeva ostaju isključene.',
    'proof-rejected-sms':
      'Vašu potvrdu o uplati računa {number} nismo prihvatili: {reason} Za platiti: {due}, poziv na broj {reference}. Možete poslati novu potvrdu.',
  },
};

/** The keys of every text, for the completeness test. */
export const DUNNING_NOTICE_TEXTS = TEXTS;

const LOCALE: Record<Language, string> = { en: 'en-GB', sl: 'sl-SI', sq: 'sq-AL', pt: 'pt-PT', hr: 'hr-HR' };

export interface NoticeValues {
  number: string;
  groupId: string;
  company: string;
  due: { amount: number; currency: string };
  dueDate: string;
  reference: string;
  iban: string;
  proofAddress: string;
  until?: string;
  fee?: { amount: number; currency: string };
  /** The staff's reason for a rejected proof, as written (a full sentence). */
  reason?: string;
}

/** A reason as a sentence: ended by a full stop unless it already ends a sentence. */
const sentence = (s: string): string => (s === '' || /[.!?…]$/.test(s) ? s : `${s}.`);

/** The texts of `keys` in `groupLanguage` (or English), filled with `v`. */
export function dunningTexts<K extends Key>(
  groupLanguage: string,
  keys: readonly K[],
  v: NoticeValues,
): { language: Language } & Record<K, string> {
  const language = invoiceLanguage(groupLanguage);
  const money = (m: { amount: number; currency: string }) => formatMoney(m, LOCALE[language]);
  const values: Record<string, string> = {
    number: v.number,
    groupId: v.groupId,
    company: v.company,
    due: money(v.due),
    dueDate: v.dueDate,
    reference: v.reference,
    iban: v.iban,
    proofAddress: v.proofAddress,
    until: v.until ?? '',
    fee: v.fee ? money(v.fee) : '',
    reason: sentence(v.reason ?? ''),
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? `{${k}}`);
  const out = { language } as { language: Language } & Record<K, string>;
  for (const k of keys) (out as Record<string, string>)[k] = fill(TEXTS[language][k]);
  return out;
}
