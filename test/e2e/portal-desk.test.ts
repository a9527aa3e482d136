/**
 * The operator's desk and the public quote in Chromium against `npm start`: the quote with the
 * API's figures and the field of an unknown plan; the customers and a customer's product list
 * with customer care on its numbers; the catalog; voucher codes shown once and redeemed; the
 * ticket and credit-limit queues; and the central story at `dardania`: the demo group's invoice
 * left unpaid is suspended by dunning, the administrator sends a proof, the operator approves it
 * in the desk's queue and the number is reactivated. Every page in two languages, each kept as a
 * screenshot and checked by axe.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, keep } from './portal/browser.ts';
import {
  api,
  cli,
  cliToken,
  newContext,
  openDesk,
  secretFromOutbox,
  signInToDesk,
  usePortalSystem,
} from './portal/system.ts';

const sys = usePortalSystem('sb-portal-desk-');

/** Today in the tenant's time zone: the bill run's period and the day a payment is made. */
function belgrade(): { period: string; day: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Belgrade',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return { period: `${parts.year}-${parts.month}`, day: `${parts.year}-${parts.month}-${parts.day}` };
}

const digits = (msisdn: string) => msisdn.replace(/^\+/, '');
const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const adminToken = () =>
  cliToken(sys, [
    '--role',
    'admin',
    '--tenant',
    'dardania',
    '--group',
    sys.demo.groupId,
    '--msisdn',
    digits(sys.demo.admin),
  ]);
const operatorToken = () => cliToken(sys, ['--role', 'operator', '--tenant', 'dardania']);

/** Until every loader of the page has answered. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

/** The page as it is now: accessible, and kept as `<name>.<language>.png`. */
async function visit(page: Page, name: string, language: string): Promise<void> {
  await settled(page);
  await expectAccessible(page, `${name}.${language}`);
  await keep(page, `${name}.${language}`);
}

/** Chooses another language with the page's own switch. */
async function switchTo(page: Page, language: string): Promise<void> {
  await page.locator('header select').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await settled(page);
}

async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 120_000,
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() - t0 > ms) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** An amount of the API as the page shows it, formatted by the browser in `language`. */
const shown = (page: Page, language: string, money: { amount: number; currency: string }) =>
  page.evaluate(
    ({ language, money }) => {
      const f = new Intl.NumberFormat(language, { style: 'currency', currency: money.currency });
      return f.format(money.amount / 10 ** (f.resolvedOptions().maximumFractionDigits ?? 2));
    },
    { language, money },
  );

describe("the operator's desk and the public quote", () => {
  it('answers the public quote with the figures of the API and names the field of an unknown plan', async () => {
    const context = await newContext(sys.browser, 'pt');
    const page = await context.newPage();
    await page.goto(`${sys.base}/#/quote?tenant=atlantico`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Quanto custa mudar de plano?');
    expect(await page.getByLabel('Operador').inputValue()).toBe('atlantico');
    await page.getByLabel('Plano que tem').fill('H0');
    await page.getByLabel('Plano que quer').fill('H1');
    await page.getByRole('button', { name: 'Comparar' }).click();
    const result = page.locator('section[aria-labelledby="result-title"]');
    await result.waitFor();

    const quote = (await api(sys, 'GET', '/v1/quotes?from=H0&to=H1&tenant=atlantico')).json;
    const text = (await result.textContent()) ?? '';
    const figures = [quote.from.monthlyFee, quote.to.monthlyFee, quote.monthlyDifference, quote.restOfPeriod];
    for (const amounts of figures)
      for (const money of [amounts.net, amounts.vat, amounts.gross])
        expect(text).toContain(await shown(page, 'pt', money));
    expect(text).toContain(`${quote.restOfPeriod.days} de ${quote.restOfPeriod.ofDays} dias`);
    expect(text).toContain(`IVA ${quote.vatRate} %`);
    expect(text).toContain('Nenhum: mudar de plano é gratuito.');
    expect(text).toContain('Plano H0 (H0)');
    await visit(page, 'quote', 'pt');

    // In English, a plan the operator does not have: the server's 400 names `query.to`.
    await switchTo(page, 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('What does a plan change cost?');
    await page.getByLabel('Plan you want').fill('NOPE');
    await page.getByRole('button', { name: 'Compare' }).click();
    const problem = page.getByRole('alert');
    await problem.waitFor();
    const refused = await api(sys, 'GET', '/v1/quotes?from=H0&to=NOPE&tenant=atlantico');
    expect(refused.status).toBe(400);
    const error = refused.json.errors.find((e: { field: string }) => e.field === 'query.to');
    expect(await problem.textContent()).toContain('query.to');
    expect(await problem.textContent()).toContain(error.message);
    expect(await page.getByLabel('Plan you want').getAttribute('aria-invalid')).toBe('true');
    expect(await result.count()).toBe(0);
    await visit(page, 'quote', 'en');
    await context.close();
  }, 90_000);

  it("shows the customers and a customer's product list, and does customer care on its numbers", async () => {
    // A fixed line in the demo group (dardania serves them): its PIN goes where care registers.
    const admin = await adminToken();
    const fixed = `+38338${String(Date.now()).slice(-6)}`;
    const added = await api(
      sys,
      'POST',
      `/v1/groups/${sys.demo.groupId}/members`,
      admin,
      { number: { kind: 'port-in', msisdn: fixed, donorOperator: 'Telekomi i Kosovës' }, plan: 'BIZ10' },
      `desk-fixed-${digits(fixed)}`,
    );
    expect(added.status, added.text).toBe(201);
    const [arben, vjosa] = sys.demo.members as [string, string];
    const firstPassword = await secretFromOutbox(sys, vjosa, 'initial-password');

    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.waitForURL((u) => u.hash === '#/desk');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Klientët');
    const link = page.getByRole('link', { name: 'Demo Logjistika SH.P.K.' });
    await link.waitFor();
    // The operator's navigation: short labels, one per top-level page of the desk.
    expect(await page.locator('header nav a').allTextContents()).toEqual([
      'Klientët',
      'Dëshmitë',
      'Limitet e kreditit',
      'Kërkesat',
      'Faturimet',
      'Katalogu',
      'Kuponët',
      'Stafi',
    ]);
    await visit(page, 'desk-customers', 'sq');

    await link.click();
    await page.waitForURL((u) => u.hash === `#/desk/groups/${sys.demo.groupId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Demo Logjistika SH.P.K.');
    for (const msisdn of [sys.demo.admin, arben, vjosa, fixed])
      await page.getByRole('rowheader', { name: new RegExp(literally(msisdn)) }).waitFor();
    await settled(page);
    // What the API gives the operator: the account masked, no labels of the numbers.
    const group = (await api(sys, 'GET', `/v1/groups/${sys.demo.groupId}`, await operatorToken())).json;
    const settings = (
      await api(sys, 'GET', `/v1/groups/${sys.demo.groupId}/payment-settings`, await operatorToken())
    ).json;
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain(group.iban);
    if (settings.iban) expect(body).toContain(settings.iban);
    expect(body).not.toContain('XK051212012345678906');
    expect(body).not.toContain('Arben (shitje)');
    expect(body).toContain('BIZ20 × 1');

    const care = page.locator('section[aria-labelledby="care-title"]');
    const number = care.getByRole('combobox', { name: 'Numri' });
    // A new SIM for Arben.
    await number.selectOption(arben);
    await care.getByRole('button', { name: 'Raporto SIM të re' }).click();
    await care.getByText('SIM-i i ri u regjistrua').waitFor();
    // Vjosa's password, reset on proof of identity: a new initial password by SMS.
    await number.selectOption(vjosa);
    const reset = care.locator('form[aria-labelledby="care-reset"]');
    await reset.getByLabel('Referenca e verifikimit të identitetit').fill('Letërnjoftim KS7654321, dyqani 3');
    await reset.getByRole('button', { name: 'Rivendos fjalëkalimin' }).click();
    await reset.getByText('Fjalëkalimi i ri fillestar u dërgua').waitFor();
    expect(await secretFromOutbox(sys, vjosa, 'initial-password', firstPassword)).not.toBe(firstPassword);
    // A mobile has no PIN destination: the form is offered for the fixed line only (the API's line type).
    const pin = care.locator('form[aria-labelledby="care-pin"]');
    expect(await pin.count()).toBe(0);
    // The fixed line's PIN goes to the reception's e-mail, then nowhere again.
    await number.selectOption(fixed);
    await pin.getByLabel('Adresa e e-mailit ose numri celular').fill('recepsioni@demo-logjistika.example');
    await pin.getByLabel('Referenca e verifikimit të identitetit').fill('Letërnjoftim KS7654321, kërkesa 12');
    await pin.getByRole('button', { name: 'Regjistro' }).click();
    await pin.getByText('PIN-i tani shkon te recepsioni@demo-logjistika.example').waitFor();
    await visit(page, 'desk-customer', 'sq');
    await pin.getByRole('button', { name: 'Hiq destinacionin' }).click();
    await pin.getByText('Linja nuk ka më destinacion').waitFor();

    await switchTo(page, 'en');
    await page.getByRole('heading', { name: 'Numbers and products' }).waitFor();
    await visit(page, 'desk-customer', 'en');
    await page.getByRole('link', { name: '← Customers' }).click();
    await page.getByRole('link', { name: 'Demo Logjistika SH.P.K.' }).waitFor();
    await visit(page, 'desk-customers', 'en');
    await context.close();
  }, 120_000);

  it('shows the catalog in force with its prices', async () => {
    const catalog = (await api(sys, 'GET', '/v1/catalog', await operatorToken())).json;
    const context = await newContext(sys.browser, 'hr');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.getByRole('link', { name: 'Katalog' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Katalog');
    await settled(page);
    expect(await page.getByTestId('catalog-shown').textContent()).toContain(`Verzija ${catalog.version}`);
    for (const plan of catalog.catalog.plans) {
      const row = page.getByRole('row', { name: new RegExp(`^${plan.code}\\b`) });
      expect(await row.textContent()).toContain(await shown(page, 'hr', plan.monthlyFee));
    }
    for (const fee of catalog.catalog.fees) {
      const row = page.getByRole('row', { name: new RegExp(`^${fee.code}\\b`) });
      expect(await row.textContent()).toContain(await shown(page, 'hr', fee.amount));
    }
    await visit(page, 'desk-catalog', 'hr');
    await switchTo(page, 'en');
    await page.getByRole('heading', { name: 'One-time fees' }).waitFor();
    await visit(page, 'desk-catalog', 'en');
    await context.close();
  }, 60_000);

  it('adds a colleague to the staff, resets their password and disables them; they then sign in no more', async () => {
    const context = await newContext(sys.browser, 'pt');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.getByRole('link', { name: 'Equipa', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Equipa');
    await visit(page, 'desk-staff', 'pt');
    // An address that is none is named on its field by the server.
    await page.getByLabel('Nome').fill('Arta Gashi');
    await page.getByLabel('Endereço de e-mail de trabalho').fill('arta.gashi');
    await page.getByRole('button', { name: 'Adicionar', exact: true }).click();
    await page.locator('input[inputmode=email][aria-invalid=true]').waitFor();
    const email = `arta.${Date.now().toString(36)}@dardania.example`;
    await page.getByLabel('Endereço de e-mail de trabalho').fill(email);
    await page.getByLabel('Língua dos e-mails').selectOption('sq');
    await page.getByRole('button', { name: 'Adicionar', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(email.replace('.', '\\.')) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Shqip');
    // The colleague gets an initial password by e-mail, in Albanian, and signs in with it.
    const colleague = await newContext(sys.browser, 'sq');
    const theirs = await colleague.newPage();
    const first = await signInToDesk(sys, theirs, { tenant: 'dardania', email });
    await colleague.close();

    // A reset sends a new initial password; the one they chose no longer works.
    const before = await secretFromOutbox(sys, email, 'staff-initial-password');
    await row.getByRole('button', { name: 'Repor palavra-passe' }).click();
    await row.getByRole('button', { name: 'Sim' }).click();
    await row.getByRole('status').waitFor();
    expect(await row.getByRole('status').textContent()).toMatch(/a\*+@dardania\.example/);
    expect(await secretFromOutbox(sys, email, 'staff-initial-password', before)).not.toBe(before);
    await visit(page, 'desk-staff', 'pt');
    const refused = await api(sys, 'POST', '/v1/auth/staff/login', undefined, {
      tenant: 'dardania',
      email,
      password: first,
    });
    expect(refused.status).toBe(401);

    // Disabled: listed as such, and the reset password signs in no more.
    await row.getByRole('button', { name: 'Desativar' }).click();
    await row.getByRole('button', { name: 'Sim' }).click();
    await expect.poll(() => row.textContent()).toContain('Desativado');
    const staff = (await api(sys, 'GET', '/v1/staff?limit=100', await operatorToken())).json;
    expect(staff.items.find((m: { email: string }) => m.email === email)).toMatchObject({
      status: 'disabled',
    });
    await switchTo(page, 'en');
    await visit(page, 'desk-staff', 'en');
    await context.close();
  }, 90_000);

  it('issues a voucher batch whose codes are shown once, and one of them tops up a number', async () => {
    const context = await newContext(sys.browser, 'hr');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.getByRole('link', { name: 'Bonovi' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonovi');
    await settled(page);
    await expect.poll(() => page.getByLabel('Valuta').inputValue()).toBe('EUR');
    await page.getByLabel('Vrijednost svakog bona').fill('5,00');
    await page.getByLabel('Broj kodova').fill('3');
    await page.getByLabel('Oznaka').fill('Kiosk Prishtinë');
    await page.getByRole('button', { name: 'Izdaj kodove' }).click();
    const codes = page.getByTestId('voucher-codes').locator('code');
    await expect.poll(() => codes.count()).toBe(3);
    const issued = await codes.allTextContents();
    expect(await page.getByRole('alert').textContent()).toContain('prikazuju se samo sada');
    await visit(page, 'desk-vouchers', 'hr');

    // The CSV is made in the browser, with every code.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Preuzmi kodove (CSV)' }).click(),
    ]);
    const csv = await readFile((await file.path())!, 'utf8');
    for (const code of issued) expect(csv).toContain(`${code},5.00,EUR,`);

    // The administrator tops up its own number with one of them.
    const topUp = await api(
      sys,
      'POST',
      `/v1/groups/${sys.demo.groupId}/members/${digits(sys.demo.admin)}/top-ups`,
      await adminToken(),
      { method: 'voucher', code: issued[0] },
      `desk-voucher-${issued[0]}`,
    );
    expect(topUp.status, topUp.text).toBe(201);
    expect(topUp.json).toMatchObject({ status: 'completed', credited: { amount: 500, currency: 'EUR' } });

    // Hidden, the codes are never shown again: the batch tells only how many were redeemed.
    await page.getByRole('button', { name: 'Spremio sam ih: sakrij kodove' }).click();
    expect(await page.getByTestId('voucher-codes').count()).toBe(0);
    await page.reload();
    const batch = page.getByRole('rowheader').first().getByRole('link');
    await batch.waitFor();
    await batch.click();
    await page.waitForURL((u) => u.hash.startsWith('#/desk/vouchers/'));
    await expect.poll(() => page.getByTestId('redeemed').textContent()).toBe('1');
    expect(await page.locator('main').textContent()).not.toContain(issued[1]);
    await visit(page, 'desk-voucher-batch', 'hr');
    await switchTo(page, 'en');
    await visit(page, 'desk-voucher-batch', 'en');
    await page.getByRole('link', { name: '← Vouchers' }).click();
    await page.getByRole('heading', { name: 'Batches issued' }).waitFor();
    await visit(page, 'desk-vouchers', 'en');
    await context.close();
  }, 90_000);

  it('answers a ticket and decides a credit-limit request from their queues', async () => {
    const admin = await adminToken();
    const opened = await api(sys, 'POST', '/v1/tickets', admin, {
      subject: 'Fatura e korrikut',
      body: 'Pse fatura ka një tarifë rikyçjeje?',
      category: 'billing',
    });
    expect(opened.status, opened.text).toBe(201);
    const requested = await api(
      sys,
      'POST',
      `/v1/groups/${sys.demo.groupId}/members/${digits(sys.demo.admin)}/credit-limit/requests`,
      admin,
      { kind: 'temporary', amount: { amount: 2000, currency: 'EUR' }, note: 'Udhëtim pune' },
      `desk-credit-${Date.now()}`,
    );
    expect(requested.status, requested.text).toBe(201);

    const context = await newContext(sys.browser, 'sl');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.getByRole('link', { name: 'Zahtevki' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vrsta zahtevkov');
    const ticket = page.getByRole('link', { name: 'Fatura e korrikut' });
    await ticket.waitFor();
    await visit(page, 'desk-tickets', 'sl');
    await ticket.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fatura e korrikut');
    await page.getByText('Pse fatura ka një tarifë rikyçjeje?').waitFor();
    await page.getByLabel('Vaš odgovor stranki').fill('Tarifa e rikyçjes vjen nga pezullimi i majit.');
    await page.getByRole('button', { name: 'Pošlji odgovor' }).click();
    await page.getByText('Odgovor poslan; stranka je obveščena.').waitFor();
    await page.getByText('Tarifa e rikyçjes vjen nga pezullimi i majit.').waitFor();
    await visit(page, 'desk-ticket', 'sl');
    await page.getByRole('button', { name: 'Zapri zahtevek' }).click();
    await expect.poll(() => page.getByTestId('ticket-status').textContent()).toBe('Zaprt');
    const closed = await api(sys, 'GET', `/v1/tickets/${opened.json.ticketId}`, await operatorToken());
    expect(closed.json.status).toBe('closed');
    expect(closed.json.messages.at(-1)).toMatchObject({ from: 'operator' });
    await switchTo(page, 'en');
    await page.getByRole('button', { name: 'Open it again' }).waitFor();
    await visit(page, 'desk-ticket', 'en');
    await page.getByRole('link', { name: '← Support queue' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Support queue');
    await visit(page, 'desk-tickets', 'en');

    await page.getByRole('link', { name: 'Credit limits' }).click();
    const request = page.locator('section.card', { hasText: sys.demo.admin });
    await request.waitFor();
    await visit(page, 'desk-credit-limits', 'en');
    await switchTo(page, 'sl');
    await request.getByLabel('Razlog').fill('Stranka plačuje redno.');
    await request.getByRole('button', { name: 'Odobri' }).click();
    await request.getByText('Odločeno: Odobreno.').waitFor();
    await visit(page, 'desk-credit-limits', 'sl');
    const pending = await api(sys, 'GET', '/v1/credit-limit-requests?status=pending', await operatorToken());
    expect(pending.json.items.map((r: { requestId: string }) => r.requestId)).not.toContain(
      requested.json.requestId,
    );
    await context.close();
  }, 90_000);

  it('follows a bill run, and reactivates a number suspended by dunning when staff approve its proof', async () => {
    const { period, day } = belgrade();
    const operator = await operatorToken();
    await cli(sys, ['bill-run', '--tenant', 'dardania', '--period', period]);
    const runs = (await api(sys, 'GET', '/v1/bill-runs', operator)).json;
    const runId = runs.items.find((r: { period: string }) => r.period === period).runId as string;
    const run = (await api(sys, 'GET', `/v1/bill-runs/${encodeURIComponent(runId)}`, operator)).json;
    expect(run.status).toBe('completed');

    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    await openDesk(sys, page, 'dardania');
    await page.getByRole('link', { name: 'Faturimet' }).click();
    const runLink = page.getByRole('link', { name: period });
    await runLink.waitFor();
    await visit(page, 'desk-bill-runs', 'sq');
    await runLink.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Faturimi ${runId}`);
    const count = (name: string) =>
      page.locator(`[data-testid="run-counts"] [data-count="${name}"]`).textContent();
    for (const [name, value] of Object.entries({ ...run.counts, expected: run.expected, issued: run.issued }))
      expect(await count(name), name).toBe(String(value));
    await visit(page, 'desk-bill-run', 'sq');
    await switchTo(page, 'pt');
    await page.getByRole('heading', { name: 'Grupos não faturados' }).waitFor();
    await visit(page, 'desk-bill-run', 'pt');
    await page.getByRole('link', { name: '← Faturações' }).click();
    await page.getByRole('link', { name: period }).waitFor();
    await visit(page, 'desk-bill-runs', 'pt');

    // Unpaid, the group is suspended by dunning (dardania's dunning day lasts 2 s).
    const groupPath = `/v1/groups/${sys.demo.groupId}`;
    const suspended = await until(
      'the dunning',
      async () => (await api(sys, 'GET', groupPath, operator)).json,
      (g) => g.dunning?.stage === 'suspended',
    );
    expect(suspended.dunning.suspended).toBe(true);
    const invoiceId = suspended.dunning.invoiceId as string;
    await page.goto(`${sys.base}/#/desk/dunnings?stage=suspended`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cobranças');
    const invoice = (await api(sys, 'GET', `${groupPath}/invoices/${invoiceId}`, await adminToken())).json;
    await page.getByRole('rowheader', { name: invoice.billNo }).waitFor();
    await visit(page, 'desk-dunnings', 'pt');
    await switchTo(page, 'sq');
    await page.getByRole('rowheader', { name: invoice.billNo }).waitFor();
    await visit(page, 'desk-dunnings', 'sq');
    await page.goto(`${sys.base}/#/desk/groups/${sys.demo.groupId}`);
    await expect.poll(() => page.getByTestId('dunning-stage').textContent()).toContain('Pezulluar');

    // The administrator declares a proof, uploads its document and submits it (the API's tour).
    const admin = await adminToken();
    const pdf = '%PDF-1.4\n% a bank statement\n';
    const declared = await api(
      sys,
      'POST',
      `${groupPath}/invoices/${invoiceId}/payment-proofs`,
      admin,
      {
        amount: invoice.remainingAmount,
        paidOn: day,
        bankReference: 'TEB 000184',
        document: { fileName: 'deshmi.pdf', contentType: 'application/pdf', size: Buffer.byteLength(pdf) },
      },
      `desk-proof-${invoiceId}`,
    );
    expect(declared.status, declared.text).toBe(201);
    const uploaded = await fetch(declared.json.upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(uploaded.ok).toBe(true);
    const proofId = declared.json.proof.proofId as string;
    const submitted = await api(
      sys,
      'POST',
      `${groupPath}/invoices/${invoiceId}/payment-proofs/${proofId}/submit`,
      admin,
    );
    expect(submitted.status, submitted.text).toBe(200);

    // The operator finds it in the queue, reads its document and approves it.
    await page.getByRole('link', { name: 'Dëshmitë' }).click();
    const queued = page.getByRole('link', { name: invoiceId });
    await queued.waitFor();
    await visit(page, 'desk-proofs', 'sq');
    await queued.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Dëshmi pagese për ${invoiceId}`);
    const documentLink = page.getByRole('link', { name: /deshmi\.pdf/ });
    await documentLink.waitFor();
    const stored = await fetch(new URL((await documentLink.getAttribute('href'))!, sys.base));
    expect(await stored.text()).toBe(pdf);
    await visit(page, 'desk-proof', 'sq');
    await page.getByLabel('Arsyeja').fill('Pagesa u gjet në ekstraktin bankar.');
    await page.getByRole('button', { name: 'Mirato' }).click();
    await page.getByText('U vendos: Miratuar.').waitFor();
    await expect.poll(() => page.getByTestId('proof-status').textContent()).toBe('Miratuar');

    // Reactivated: the API says so, and so does the customer's page.
    const reactivated = await until(
      'the reactivation',
      async () => (await api(sys, 'GET', groupPath, operator)).json,
      (g) => g.dunning?.stage === 'reactivated' && g.status === 'active',
      60_000,
    );
    expect(reactivated.dunning.suspended).toBe(false);
    await switchTo(page, 'pt');
    await visit(page, 'desk-proof', 'pt');
    await page.getByRole('link', { name: '← Comprovativos de pagamento' }).click();
    await page.getByLabel('Mostrar').selectOption('approved');
    await page.getByRole('link', { name: invoiceId }).waitFor();
    await visit(page, 'desk-proofs', 'pt');
    await page.goto(`${sys.base}/#/desk/groups/${sys.demo.groupId}`);
    await expect.poll(() => page.getByTestId('dunning-stage').textContent()).toContain('Reativada');
    expect(await page.getByTestId('group-status').textContent()).toBe('Ativo');
    await context.close();
  }, 300_000);
});
