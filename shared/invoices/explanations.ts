import type { Language } from '../kernel/messages.ts';

/**
 * The plain-language explanations of the invoice lines whose text is ours (a plan's fee, an
 * add-on's fee, usage by category, deposits, payments, the previous amount due). The catalog's
 * one-time fees carry their own explanation, written by the operator; a clawback adds its formula
 * from this table. Every text exists in the five languages and uses exactly the placeholders of
 * its English text (`test/unit/invoice-rules.test.ts` checks both); `{name}` is filled with the
 * line's numbers: money in the reader's locale, dates as `YYYY-MM-DD`, quantities as numbers.
 */
export const EXPLANATION_KEYS = [
  'plan.month',
  'plan.days',
  'plan.shared',
  'add-on.month',
  'add-on.days',
  'add-on.first-use',
  'charge.clawback',
  'usage.over-allowance.voice',
  'usage.over-allowance.sms',
  'usage.over-allowance.data',
  'usage.international.voice',
  'usage.international.sms',
  'usage.international.data',
  'usage.roaming.voice',
  'usage.roaming.sms',
  'usage.roaming.data',
  'usage.premium.call',
  'usage.premium.message',
  'usage.donation',
  'usage.other',
  'prepaid-paid',
  'previous-unpaid',
  'payment',
  'deposit-credit.used',
  'deposit-credit.carried',
] as const;

export type ExplanationKey = (typeof EXPLANATION_KEYS)[number];

export const EXPLANATIONS: Record<Language, Record<ExplanationKey, string>> = {
  en: {
    'plan.month': 'Monthly fee of plan {plan} for {period}.',
    'plan.days':
      'Plan {plan} from {from} to {to}: {days} of {periodDays} days of the month × monthly fee {fee} = {amount}.',
    'plan.shared':
      'This number is an extra SIM of {primary}: it uses the units of that number’s plan and pays no plan fee of its own.',
    'add-on.month': 'Monthly fee of the add-on {addOn} for {period}.',
    'add-on.days':
      'Add-on {addOn} from {from} to {to}: {days} of {periodDays} days of the month × monthly fee {fee} = {amount}.',
    'add-on.first-use':
      'Add-on {addOn} is billed from its first use on {from} to {to}: {days} of {periodDays} days of the month × monthly fee {fee} = {amount}.',
    'charge.clawback':
      'Calculation: {months} remaining months of the commitment × monthly benefit {benefit} = {amount}.',
    'usage.over-allowance.voice':
      'Calls in the home network beyond the minutes included in the plan: {quantity} min at {price} per minute.',
    'usage.over-allowance.sms':
      'Text messages in the home network beyond those included in the plan: {quantity} SMS at {price} each.',
    'usage.over-allowance.data':
      'Mobile data in the home network beyond the data included in the plan: {quantity} MB at {price} per MB.',
    'usage.international.voice': 'Calls abroad to {zone}: {quantity} min at {price} per minute.',
    'usage.international.sms': 'Text messages abroad to {zone}: {quantity} SMS at {price} each.',
    'usage.international.data': 'Data to {zone}: {quantity} MB at {price} per MB.',
    'usage.roaming.voice': 'Calls made while roaming in {zone}: {quantity} min at {price} per minute.',
    'usage.roaming.sms': 'Text messages sent while roaming in {zone}: {quantity} SMS at {price} each.',
    'usage.roaming.data': 'Mobile data used while roaming in {zone}: {quantity} MB at {price} per MB.',
    'usage.premium.call': 'Calls to premium-rate numbers ({zone}): {quantity} min at {price} per minute.',
    'usage.premium.message': 'Premium and commercial messages ({zone}): {quantity} messages at {price} each.',
    'usage.donation': 'Donations by message to {zone} numbers: {quantity} donations of {price}.',
    'usage.other': 'Usage charged under code {code}: {quantity} units, {amount} in total.',
    'prepaid-paid':
      'Usage of {msisdn} in {period} already paid from its prepaid balance: it is deducted here and not charged again.',
    'previous-unpaid': 'Amount still due from the previous invoice.',
    payment: 'Payment received on {date}. Thank you.',
    'deposit-credit.used': 'Deposit for {msisdn} paid on {date}, credited on this invoice.',
    'deposit-credit.carried':
      'Deposit for {msisdn} paid on {date}: {amount} credited on this invoice, the remaining {remaining} is carried over to the next invoice.',
  },
  sl: {
    'plan.month': 'Mesečna naročnina paketa {plan} za obdobje {period}.',
    'plan.days':
      'Paket {plan} od {from} do {to}: {days} od {periodDays} dni v mesecu × mesečna naročnina {fee} = {amount}.',
    'plan.shared':
      'Ta številka je dodatna kartica SIM številke {primary}: uporablja enote paketa te številke in nima lastne naročnine.',
    'add-on.month': 'Mesečna naročnina dodatnega paketa {addOn} za obdobje {period}.',
    'add-on.days':
      'Dodatni paket {addOn} od {from} do {to}: {days} od {periodDays} dni v mesecu × mesečna naročnina {fee} = {amount}.',
    'add-on.first-use':
      'Dodatni paket {addOn} se obračuna od prve uporabe {from} do {to}: {days} od {periodDays} dni v mesecu × mesečna naročnina {fee} = {amount}.',
    'charge.clawback': 'Izračun: {months} preostalih mesecev vezave × mesečna ugodnost {benefit} = {amount}.',
    'usage.over-allowance.voice':
      'Klici v domačem omrežju nad minutami, vključenimi v paket: {quantity} min po {price} na minuto.',
    'usage.over-allowance.sms':
      'Sporočila SMS v domačem omrežju nad vključenimi v paket: {quantity} SMS po {price}.',
    'usage.over-allowance.data':
      'Prenos podatkov v domačem omrežju nad količino, vključeno v paket: {quantity} MB po {price} za MB.',
    'usage.international.voice': 'Klici v tujino, {zone}: {quantity} min po {price} na minuto.',
    'usage.international.sms': 'Sporočila SMS v tujino, {zone}: {quantity} SMS po {price}.',
    'usage.international.data': 'Prenos podatkov, {zone}: {quantity} MB po {price} za MB.',
    'usage.roaming.voice': 'Klici med gostovanjem, {zone}: {quantity} min po {price} na minuto.',
    'usage.roaming.sms': 'Sporočila SMS, poslana med gostovanjem, {zone}: {quantity} SMS po {price}.',
    'usage.roaming.data': 'Prenos podatkov med gostovanjem, {zone}: {quantity} MB po {price} za MB.',
    'usage.premium.call':
      'Klici na številke s premijsko tarifo ({zone}): {quantity} min po {price} na minuto.',
    'usage.premium.message': 'Premijska in komercialna sporočila ({zone}): {quantity} sporočil po {price}.',
    'usage.donation': 'Donacije s sporočilom na številke {zone}: {quantity} donacij po {price}.',
    'usage.other': 'Poraba pod oznako {code}: {quantity} enot, skupaj {amount}.',
    'prepaid-paid':
      'Poraba številke {msisdn} v obdobju {period}, že plačana iz predplačniškega dobroimetja: tu se odšteje in ne zaračuna ponovno.',
    'previous-unpaid': 'Neplačani znesek s prejšnjega računa.',
    payment: 'Plačilo, prejeto {date}. Hvala.',
    'deposit-credit.used': 'Polog za številko {msisdn}, plačan {date}, upoštevan na tem računu.',
    'deposit-credit.carried':
      'Polog za številko {msisdn}, plačan {date}: {amount} upoštevano na tem računu, preostalih {remaining} se prenese na naslednji račun.',
  },
  sq: {
    'plan.month': 'Tarifa mujore e paketës {plan} për periudhën {period}.',
    'plan.days':
      'Paketa {plan} nga {from} deri më {to}: {days} nga {periodDays} ditë të muajit × tarifa mujore {fee} = {amount}.',
    'plan.shared':
      'Ky numër është një kartë SIM shtesë e numrit {primary}: përdor njësitë e paketës së atij numri dhe nuk paguan tarifë paketë të vetën.',
    'add-on.month': 'Tarifa mujore e shërbimit shtesë {addOn} për periudhën {period}.',
    'add-on.days':
      'Shërbimi shtesë {addOn} nga {from} deri më {to}: {days} nga {periodDays} ditë të muajit × tarifa mujore {fee} = {amount}.',
    'add-on.first-use':
      'Shërbimi shtesë {addOn} faturohet nga përdorimi i parë më {from} deri më {to}: {days} nga {periodDays} ditë të muajit × tarifa mujore {fee} = {amount}.',
    'charge.clawback':
      'Llogaritja: {months} muaj të mbetur të angazhimit × përfitimi mujor {benefit} = {amount}.',
    'usage.over-allowance.voice':
      'Thirrje në rrjetin vendas përtej minutave të përfshira në paketë: {quantity} min me {price} për minutë.',
    'usage.over-allowance.sms':
      'Mesazhe SMS në rrjetin vendas përtej atyre të përfshira në paketë: {quantity} SMS me {price} secili.',
    'usage.over-allowance.data':
      'Të dhëna mobile në rrjetin vendas përtej atyre të përfshira në paketë: {quantity} MB me {price} për MB.',
    'usage.international.voice': 'Thirrje ndërkombëtare drejt {zone}: {quantity} min me {price} për minutë.',
    'usage.international.sms': 'Mesazhe SMS ndërkombëtare drejt {zone}: {quantity} SMS me {price} secili.',
    'usage.international.data': 'Të dhëna drejt {zone}: {quantity} MB me {price} për MB.',
    'usage.roaming.voice': 'Thirrje gjatë roaming-ut në {zone}: {quantity} min me {price} për minutë.',
    'usage.roaming.sms':
      'Mesazhe SMS të dërguara gjatë roaming-ut në {zone}: {quantity} SMS me {price} secili.',
    'usage.roaming.data': 'Të dhëna mobile gjatë roaming-ut në {zone}: {quantity} MB me {price} për MB.',
    'usage.premium.call':
      'Thirrje drejt numrave me tarifë të veçantë ({zone}): {quantity} min me {price} për minutë.',
    'usage.premium.message':
      'Mesazhe me tarifë të veçantë dhe tregtare ({zone}): {quantity} mesazhe me {price} secili.',
    'usage.donation': 'Dhurime me mesazh drejt numrave {zone}: {quantity} dhurime prej {price}.',
    'usage.other': 'Përdorim i faturuar me kodin {code}: {quantity} njësi, gjithsej {amount}.',
    'prepaid-paid':
      'Përdorimi i numrit {msisdn} në periudhën {period}, i paguar tashmë nga kredia e parapaguar: zbritet këtu dhe nuk faturohet sërish.',
    'previous-unpaid': 'Shuma ende e papaguar nga fatura e mëparshme.',
    payment: 'Pagesa u pranua më {date}. Faleminderit.',
    'deposit-credit.used': 'Depozita për numrin {msisdn}, e paguar më {date}, llogaritet në këtë faturë.',
    'deposit-credit.carried':
      'Depozita për numrin {msisdn}, e paguar më {date}: {amount} llogariten në këtë faturë, pjesa e mbetur {remaining} kalon në faturën e ardhshme.',
  },
  pt: {
    'plan.month': 'Mensalidade do tarifário {plan} relativa a {period}.',
    'plan.days':
      'Tarifário {plan} de {from} a {to}: {days} de {periodDays} dias do mês × mensalidade {fee} = {amount}.',
    'plan.shared':
      'Este número é um cartão SIM adicional de {primary}: usa as unidades do tarifário desse número e não paga mensalidade própria.',
    'add-on.month': 'Mensalidade do serviço adicional {addOn} relativa a {period}.',
    'add-on.days':
      'Serviço adicional {addOn} de {from} a {to}: {days} de {periodDays} dias do mês × mensalidade {fee} = {amount}.',
    'add-on.first-use':
      'O serviço adicional {addOn} é cobrado a partir da primeira utilização, de {from} a {to}: {days} de {periodDays} dias do mês × mensalidade {fee} = {amount}.',
    'charge.clawback':
      'Cálculo: {months} meses restantes do período de fidelização × benefício mensal {benefit} = {amount}.',
    'usage.over-allowance.voice':
      'Chamadas na rede nacional além dos minutos incluídos no tarifário: {quantity} min a {price} por minuto.',
    'usage.over-allowance.sms':
      'Mensagens SMS na rede nacional além das incluídas no tarifário: {quantity} SMS a {price} cada.',
    'usage.over-allowance.data':
      'Dados móveis na rede nacional além dos incluídos no tarifário: {quantity} MB a {price} por MB.',
    'usage.international.voice': 'Chamadas internacionais para {zone}: {quantity} min a {price} por minuto.',
    'usage.international.sms': 'Mensagens SMS internacionais para {zone}: {quantity} SMS a {price} cada.',
    'usage.international.data': 'Dados para {zone}: {quantity} MB a {price} por MB.',
    'usage.roaming.voice': 'Chamadas em roaming em {zone}: {quantity} min a {price} por minuto.',
    'usage.roaming.sms': 'Mensagens SMS enviadas em roaming em {zone}: {quantity} SMS a {price} cada.',
    'usage.roaming.data': 'Dados móveis usados em roaming em {zone}: {quantity} MB a {price} por MB.',
    'usage.premium.call':
      'Chamadas para números de tarifa majorada ({zone}): {quantity} min a {price} por minuto.',
    'usage.premium.message':
      'Mensagens de valor acrescentado e comerciais ({zone}): {quantity} mensagens a {price} cada.',
    'usage.donation': 'Donativos por mensagem para números {zone}: {quantity} donativos de {price}.',
    'usage.other': 'Consumo cobrado com o código {code}: {quantity} unidades, {amount} no total.',
    'prepaid-paid':
      'Consumo de {msisdn} em {period} já pago pelo saldo pré-pago: é deduzido aqui e não é cobrado novamente.',
    'previous-unpaid': 'Montante ainda em dívida da fatura anterior.',
    payment: 'Pagamento recebido em {date}. Obrigado.',
    'deposit-credit.used': 'Caução para {msisdn} paga em {date}, creditada nesta fatura.',
    'deposit-credit.carried':
      'Caução para {msisdn} paga em {date}: {amount} creditados nesta fatura, os restantes {remaining} passam para a próxima fatura.',
  },
  hr: {
    'plan.month': 'Mjesečna naknada tarife {plan} za razdoblje {period}.',
    'plan.days':
      'Tarifa {plan} od {from} do {to}: {days} od {periodDays} dana u mjesecu × mjesečna naknada {fee} = {amount}.',
    'plan.shared':
      'Ovaj broj je dodatna SIM kartica broja {primary}: koristi jedinice tarife tog broja i ne plaća vlastitu mjesečnu naknadu.',
    'add-on.month': 'Mjesečna naknada dodatne opcije {addOn} za razdoblje {period}.',
    'add-on.days':
      'Dodatna opcija {addOn} od {from} do {to}: {days} od {periodDays} dana u mjesecu × mjesečna naknada {fee} = {amount}.',
    'add-on.first-use':
      'Dodatna opcija {addOn} naplaćuje se od prvog korištenja {from} do {to}: {days} od {periodDays} dana u mjesecu × mjesečna naknada {fee} = {amount}.',
    'charge.clawback':
      'Izračun: {months} preostalih mjeseci obveznog trajanja × mjesečna pogodnost {benefit} = {amount}.',
    'usage.over-allowance.voice':
      'Pozivi u domaćoj mreži iznad minuta uključenih u tarifu: {quantity} min po {price} po minuti.',
    'usage.over-allowance.sms':
      'SMS poruke u domaćoj mreži iznad uključenih u tarifu: {quantity} SMS po {price}.',
    'usage.over-allowance.data':
      'Mobilni podaci u domaćoj mreži iznad količine uključene u tarifu: {quantity} MB po {price} po MB.',
    'usage.international.voice': 'Međunarodni pozivi, {zone}: {quantity} min po {price} po minuti.',
    'usage.international.sms': 'Međunarodne SMS poruke, {zone}: {quantity} SMS po {price}.',
    'usage.international.data': 'Podaci, {zone}: {quantity} MB po {price} po MB.',
    'usage.roaming.voice': 'Pozivi u roamingu, {zone}: {quantity} min po {price} po minuti.',
    'usage.roaming.sms': 'SMS poruke poslane u roamingu, {zone}: {quantity} SMS po {price}.',
    'usage.roaming.data': 'Mobilni podaci u roamingu, {zone}: {quantity} MB po {price} po MB.',
    'usage.premium.call':
      'Pozivi prema brojevima s posebnom tarifom ({zone}): {quantity} min po {price} po minuti.',
    'usage.premium.message':
      'Poruke s posebnom tarifom i komercijalne poruke ({zone}): {quantity} poruka po {price}.',
    'usage.donation': 'Donacije porukom na brojeve {zone}: {quantity} donacija po {price}.',
    'usage.other': 'Potrošnja naplaćena pod oznakom {code}: {quantity} jedinica, ukupno {amount}.',
    'prepaid-paid':
      'Potrošnja broja {msisdn} u razdoblju {period} već plaćena s bona: ovdje se odbija i ne naplaćuje ponovno.',
    'previous-unpaid': 'Iznos koji je ostao neplaćen s prethodnog računa.',
    payment: 'Uplata zaprimljena {date}. Hvala.',
    'deposit-credit.used': 'Polog za broj {msisdn}, uplaćen {date}, uračunat na ovom računu.',
    'deposit-credit.carried':
      'Polog za broj {msisdn}, uplaćen {date}: {amount} uračunato na ovom računu, preostalih {remaining} prenosi se na sljedeći račun.',
  },
};
