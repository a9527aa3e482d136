/**
 * The portal's billing and account pages in Chromium against `npm start`, checked against what
 * the API answers directly. The demo group at dardania gets its invoice from the CLI's bill run;
 * its administrator reads it line by line, downloads the PDF and the e-invoice, sends a proof of
 * payment with a real file (declared, uploaded, submitted), opens a support request, sets the
 * authorised e-mails, founds the business club and changes it, asks for a deposit and a higher
 * credit limit, and reads the audit trail. A member then sees only its own number and tickets,
 * and the group's pages send it home. Every page in Albanian and English, kept as a screenshot
 * and checked with axe.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, keep } from './portal/browser.ts';
import { api, cli, cliToken, newContext, signInThroughPortal, usePortalSystem } from './portal/system.ts';

const sys = usePortalSystem('sb-portal-billing-');

const LANGUAGES = ['sq', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const I18N = resolve(import.meta.dirname, '../../web/src/i18n');
const texts = new Map<string, Record<string, string>>();
/** A text of the portal as the page shows it (`billing.invoices.title` in `language`). */
function text(key: string, language: Language, params: Record<string, string | number> = {}): string {
  const [area, ...rest] = key.split('.');
  const file = `${area}/${language}`;
  if (!texts.has(file)) texts.set(file, JSON.parse(readFileSync(resolve(I18N, `${file}.json`), 'utf8')));
  const found = texts.get(file)![rest.join('.')];
  if (found === undefined) throw new Error(`no text ${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

/** The current month at dardania (Europe/Belgrade), as the bill run takes it. */
const PERIOD = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7);
const digits = (msisdn: string) => msisdn.replace(/^\+/, '');
/** A small but real PDF: what a bank's confirmation looks like to the API's type check. */
const PROOF = Buffer.from('%PDF-1.4\n% a bank statement of the demo group\n1 0 obj << >> endobj\n%%EOF\n');

/** What the page's scripts see of the document (the tests run in Node, without the DOM's types). */
type Browser = { document: { documentElement: { lang: string } } };

interface Money {
  amount: number;
  currency: string;
}
/**
 * Money as the page formats it, in the page's language (the browser's own Intl), or as French writes
 * numbers where the browser lacks the language's data (Albanian in Debian's Chromium), as the portal does.
 */
const money = (page: Page, m: Money) =>
  page.evaluate(
    ({ amount, currency }) => {
      const l = (globalThis as unknown as Browser).document.documentElement.lang;
      const format = new Intl.NumberFormat(Intl.NumberFormat.supportedLocalesOf([l]).length ? l : 'fr', {
        style: 'currency',
        currency,
      });
      return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
    },
    { amount: m.amount, currency: m.currency },
  );
const number = (page: Page, n: number) =>
  page.evaluate((n) => {
    const l = (globalThis as unknown as Browser).document.documentElement.lang;
    return new Intl.NumberFormat(Intl.NumberFormat.supportedLocalesOf([l]).length ? l : 'fr').format(n);
  }, n);

/** Waits until nothing on the page is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

async function useLanguage(page: Page, language: Language): Promise<void> {
  await page.locator('header select').selectOption(language);
  await page.waitForFunction(
    (l) => (globalThis as unknown as Browser).document.documentElement.lang === l,
    language,
  );
}

/**
 * The page in both languages: `check` runs in each (it waits for what the page must show), then
 * the screenshot and axe. Leaves the page in Albanian.
 */
async function inBothLanguages(page: Page, name: string, check: (language: Language) => Promise<void>) {
  for (const language of LANGUAGES) {
    await useLanguage(page, language);
    await settled(page);
    await check(language);
    await keep(page, `${name}.${language}`);
    await expectAccessible(page, `${name}.${language}`);
  }
  await useLanguage(page, 'sq');
  await settled(page);
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${sys.base}/#${path}`);
  await page.waitForURL((u) => u.hash === `#${path}`);
  await settled(page);
}

const h1 = (page: Page) => page.locator('main h1').textContent();

let adminPassword = '';
let adminToken = '';
let invoiceId = '';

describe('portal billing and member pages', () => {
  it('bills the demo group; the administrator reads the invoice, downloads its documents and sends a proof of payment', async () => {
    const demo = sys.demo;
    const run = await cli(sys, ['bill-run', '--tenant', demo.tenant, '--period', PERIOD]);
    expect(run).toContain('completed');
    adminToken = await cliToken(sys, [
      '--role',
      'admin',
      '--tenant',
      demo.tenant,
      '--group',
      demo.groupId,
      '--msisdn',
      digits(demo.admin),
    ]);
    const invoices = await api(sys, 'GET', `/v1/groups/${demo.groupId}/invoices`, adminToken);
    expect(invoices.status).toBe(200);
    expect(invoices.json.items).toHaveLength(1);
    invoiceId = invoices.json.items[0].id;
    const invoice = (await api(sys, 'GET', `/v1/groups/${demo.groupId}/invoices/${invoiceId}`, adminToken))
      .json;
    expect(invoice.appliedCustomerBillingRate.length).toBeGreaterThan(0);

    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    adminPassword = await signInThroughPortal(sys, page, {
      tenant: demo.tenant,
      number: demo.admin,
      pin: true,
    });
    await page.waitForURL((u) => u.hash === '#/group');
    // The administrator's navigation: the group, invoices, support.
    const nav = page.getByRole('navigation', { name: text('common.navigation', 'sq') });
    await nav.getByRole('link', { name: text('billing.nav', 'sq') }).click();
    await page.waitForURL((u) => u.hash === '#/group/invoices');

    // The list: one row per invoice, with its total, what is unpaid and its status.
    await inBothLanguages(page, 'billing-invoices', async (language) => {
      expect(await h1(page)).toBe(text('billing.invoices.title', language));
      const row = page.locator('main tbody tr').filter({ hasText: invoice.billNo });
      await row.waitFor();
      expect(await page.locator('main tbody tr').count()).toBe(1);
      const cells = await row.locator('td').allTextContents();
      expect(cells).toContain(await money(page, invoice.taxIncludedAmount));
      expect(cells).toContain(await money(page, invoice.remainingAmount));
      expect(cells).toContain(text('billing.state.issued', language));
    });

    await page.getByRole('link', { name: invoice.billNo }).click();
    await page.waitForURL((u) => u.hash === `#/group/invoices/${invoiceId}`);
    await inBothLanguages(page, 'billing-invoice', async (language) => {
      expect(await h1(page)).toBe(text('billing.invoice.title', language, { number: invoice.billNo }));
      // Every line as the invoice gives it: the number, the code, the explanation, the amount.
      const rows = page.locator('section[aria-labelledby="lines-title"] tbody tr');
      await expect.poll(() => rows.count()).toBe(invoice.appliedCustomerBillingRate.length);
      for (const [i, line] of invoice.appliedCustomerBillingRate.entries()) {
        const cells = await rows.nth(i).locator('td').allTextContents();
        expect(cells[0]).toBe(line.msisdn ?? text('billing.invoice.wholeGroup', language));
        expect(cells[1]).toBe(line.code);
        expect(cells[2]).toBe(line.description);
        expect(cells[7]).toBe(await money(page, line.taxExcludedAmount));
        expect(cells[8]).toBe(line.taxRate === null ? '—' : `${await number(page, line.taxRate)} %`);
      }
      // VAT by rate and the totals.
      const vat = page.locator('section[aria-labelledby="vat-title"] tbody tr');
      await expect.poll(() => vat.count()).toBe(invoice.taxItem.length);
      for (const [i, item] of invoice.taxItem.entries())
        expect(await vat.nth(i).locator('td').allTextContents()).toEqual([
          await money(page, item.taxableAmount),
          await money(page, item.taxAmount),
        ]);
      expect(await page.getByTestId('invoice-total').textContent()).toBe(
        await money(page, invoice.taxIncludedAmount),
      );
      expect(await page.getByTestId('invoice-due').textContent()).toBe(await money(page, invoice.amountDue));
      expect(await page.getByTestId('invoice-remaining').textContent()).toBe(
        await money(page, invoice.remainingAmount),
      );
      expect(await page.getByTestId('invoice-state').textContent()).toBe(
        text('billing.state.issued', language),
      );
      expect(await page.locator('main').textContent()).toContain(invoice.paymentReference);
    });

    // The PDF and the e-invoice, downloaded with the session's token.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text('billing.invoice.pdf', 'sq') }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`${invoice.billNo}.pdf`);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [xml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text('billing.invoice.eInvoice', 'sq') }).click(),
    ]);
    expect(xml.suggestedFilename()).toBe(`${invoice.billNo}.xml`);
    const eInvoice = (await readFile((await xml.path())!)).toString('utf8');
    expect(eInvoice.startsWith('<?xml')).toBe(true);
    expect(eInvoice).toContain(invoice.billNo);

    // A proof of payment with a real file: declared, uploaded to the URL the API gave, submitted.
    await page.getByLabel(text('billing.proof.bankReference', 'sq'), { exact: true }).fill('TEB 000184');
    await page.locator('input[type=file]').setInputFiles({
      name: 'deshmia.pdf',
      mimeType: 'application/pdf',
      buffer: PROOF,
    });
    await page.getByRole('button', { name: text('billing.proof.submit', 'sq') }).click();
    await page.getByText(text('billing.proof.sent', 'sq')).waitFor();
    const proofs = (
      await api(sys, 'GET', `/v1/groups/${demo.groupId}/invoices/${invoiceId}/payment-proofs`, adminToken)
    ).json.items;
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatchObject({
      status: 'pending',
      channel: 'portal',
      bankReference: 'TEB 000184',
      amount: invoice.remainingAmount,
      document: { fileName: 'deshmia.pdf', contentType: 'application/pdf', size: PROOF.length },
    });
    // The document arrived whole: staff download exactly the bytes the page uploaded.
    const operator = await cliToken(sys, ['--role', 'operator', '--tenant', demo.tenant]);
    const proof = await api(
      sys,
      'GET',
      `/v1/groups/${demo.groupId}/invoices/${invoiceId}/payment-proofs/${proofs[0].proofId}`,
      operator,
    );
    expect(proof.json.documentUrl).toBeTruthy();
    const document = await fetch(new URL(proof.json.documentUrl, sys.base));
    expect(document.status).toBe(200);
    expect(Buffer.from(await document.arrayBuffer()).equals(PROOF)).toBe(true);
    // The page lists it, under review.
    await expect
      .poll(() => page.getByTestId('proof-status').allTextContents())
      .toEqual([text('billing.proofStatus.pending', 'sq')]);
    await inBothLanguages(page, 'billing-invoice-proof', async (language) => {
      await expect
        .poll(() => page.getByTestId('proof-status').allTextContents())
        .toEqual([text('billing.proofStatus.pending', language)]);
    });
    await context.close();
  }, 300_000);

  it('lets the administrator open a ticket, set the authorised e-mails, run the club, ask for a deposit and a higher limit, and read the audit trail', async () => {
    const demo = sys.demo;
    const g = `/v1/groups/${demo.groupId}`;
    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    // The password set at the first sign-in is the one in force; the PIN is asked again.
    await signInThroughPortal(sys, page, {
      tenant: demo.tenant,
      number: demo.admin,
      password: adminPassword,
      pin: true,
    });
    await page.waitForURL((u) => u.hash === '#/group');

    // Support: open a request, read it, and read customer care's reply.
    await go(page, '/group/tickets');
    await page.getByLabel(text('tickets.subject', 'sq'), { exact: true }).fill('Pyetje për faturën');
    await page.getByLabel(text('tickets.category', 'sq'), { exact: true }).selectOption('billing');
    await page
      .getByLabel(text('tickets.body', 'sq'), { exact: true })
      .fill('Përshëndetje,\nsi llogaritet tarifa mujore?');
    await page.getByRole('button', { name: text('tickets.submit', 'sq') }).click();
    await page.waitForURL((u) => /^#\/group\/tickets\/[^/]+$/.test(u.hash));
    const ticketId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
    const opened = (await api(sys, 'GET', `/v1/tickets/${ticketId}`, adminToken)).json;
    expect(opened).toMatchObject({
      subject: 'Pyetje për faturën',
      category: 'billing',
      status: 'open',
      msisdn: demo.admin,
      channel: 'client-area',
    });
    const operator = await cliToken(sys, ['--role', 'operator', '--tenant', demo.tenant]);
    const reply = await api(sys, 'POST', `/v1/tickets/${ticketId}/replies`, operator, {
      body: 'Tarifa mujore është sipas pakos suaj.',
    });
    expect(reply.status).toBe(200);
    await page.reload();
    await inBothLanguages(page, 'tickets-ticket-admin', async (language) => {
      expect(await h1(page)).toBe('Pyetje për faturën');
      await page.getByText('Tarifa mujore është sipas pakos suaj.').waitFor();
      expect(await page.getByTestId('ticket-status').textContent()).toBe(text('tickets.answered', language));
      expect(await page.locator('ol.messages li').count()).toBe(2);
    });
    await page.getByRole('link', { name: text('tickets.back', 'sq') }).click();
    await page.waitForURL((u) => u.hash === '#/group/tickets');
    const tickets = (await api(sys, 'GET', '/v1/tickets', adminToken)).json.items;
    await inBothLanguages(page, 'tickets-admin', async () => {
      const rows = page.locator('section[aria-labelledby="tickets-title"] tbody tr');
      await expect.poll(() => rows.count()).toBe(tickets.length);
      await rows.filter({ hasText: 'Pyetje për faturën' }).waitFor();
    });

    // Authorised e-mails: a bad address is the server's to refuse, field by field; then two good ones.
    await go(page, '/group/emails');
    await page.getByLabel(text('billing.emails.address', 'sq', { n: 1 }), { exact: true }).fill('jo-adrese');
    await page.getByRole('button', { name: text('common.save', 'sq') }).click();
    await page.getByRole('alert').waitFor();
    expect(
      await page
        .getByLabel(text('billing.emails.address', 'sq', { n: 1 }), { exact: true })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect((await api(sys, 'GET', `${g}/authorised-emails`, adminToken)).json.emails).toEqual([]);
    await page
      .getByLabel(text('billing.emails.address', 'sq', { n: 1 }), { exact: true })
      .fill('Drita@Demo-Logjistika.example');
    await page.getByRole('button', { name: text('billing.emails.add', 'sq') }).click();
    await page
      .getByLabel(text('billing.emails.address', 'sq', { n: 2 }), { exact: true })
      .fill('arben@demo-logjistika.example');
    await page.getByRole('button', { name: text('common.save', 'sq') }).click();
    await page.getByText(text('common.saved', 'sq')).waitFor();
    const authorised = (await api(sys, 'GET', `${g}/authorised-emails`, adminToken)).json;
    // Validated and lower-cased by the API, which keeps them in its own order.
    expect([...authorised.emails].sort()).toEqual([
      'arben@demo-logjistika.example',
      'drita@demo-logjistika.example',
    ]);
    await inBothLanguages(page, 'billing-emails', async (language) => {
      expect(await h1(page)).toBe(text('billing.emails.title', language));
      await page.getByText(authorised.billingEmail, { exact: false }).waitFor();
    });

    // The business club: dardania asks for 3 founders on eligible plans; the group has 3 numbers.
    await go(page, '/group/club');
    await page.getByText(text('billing.club.none', 'sq')).waitFor();
    await keep(page, 'billing-club-none.sq');
    await expectAccessible(page, 'billing-club-none');
    const numbers = [demo.admin, ...demo.members];
    for (const msisdn of numbers) await page.getByRole('checkbox', { name: msisdn }).check();
    await page.getByRole('button', { name: text('billing.club.found', 'sq') }).click();
    await page.getByTestId('club-status').waitFor();
    const club = (await api(sys, 'GET', `${g}/club`, adminToken)).json;
    expect(club).toMatchObject({ status: 'active', memberCount: 3, minMembers: 3 });
    await inBothLanguages(page, 'billing-club', async (language) => {
      expect(await page.getByTestId('club-status').textContent()).toBe(text('billing.club.active', language));
      expect(await page.getByTestId('club-count').textContent()).toBe('3');
      const rows = page.locator('section[aria-labelledby="club-members-title"] tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
    });
    // A number leaves: the club is kept, below its minimum; it joins again.
    const leaving = demo.members[1]!;
    await page.getByRole('button', { name: `${text('billing.club.leave', 'sq')} ${leaving}` }).click();
    await page.getByText(text('billing.club.left', 'sq', { number: leaving })).waitFor();
    expect((await api(sys, 'GET', `${g}/club`, adminToken)).json).toMatchObject({
      status: 'below-minimum',
      memberCount: 2,
    });
    await expect
      .poll(() => page.getByTestId('club-status').textContent())
      .toBe(text('billing.club.belowMinimum', 'sq'));
    await page.getByLabel(text('billing.club.number', 'sq'), { exact: true }).selectOption(leaving);
    await page.getByRole('button', { name: text('billing.club.join', 'sq') }).click();
    await page.getByText(text('billing.club.joined', 'sq', { number: leaving })).waitFor();
    expect((await api(sys, 'GET', `${g}/club`, adminToken)).json).toMatchObject({
      status: 'active',
      memberCount: 3,
    });
    await expect.poll(() => page.getByTestId('club-count').textContent()).toBe('3');
    // Dissolved, after a confirmation: the group may found a new one.
    await page.getByRole('button', { name: text('billing.club.dissolve', 'sq') }).click();
    await page.getByRole('button', { name: text('billing.club.dissolveConfirm', 'sq') }).click();
    await page.getByText(text('billing.club.dissolved', 'sq')).waitFor();
    expect((await api(sys, 'GET', `${g}/club`, adminToken)).status).toBe(404);
    await page.getByRole('button', { name: text('billing.club.found', 'sq') }).waitFor();

    // Credit limits of one number: a deposit (the reference to pay) and a temporary increase.
    const member = demo.members[0]!;
    await go(page, '/group/credit-limits');
    await page.getByLabel(text('billing.credit.number', 'sq'), { exact: true }).selectOption(digits(member));
    await page.waitForURL((u) => u.hash === `#/group/credit-limits?msisdn=${digits(member)}`);
    await settled(page);
    await page
      .getByLabel(text('billing.credit.amount', 'sq', { currency: 'EUR' }), { exact: true })
      .fill('20.00');
    await page.getByRole('button', { name: text('billing.credit.depositSubmit', 'sq') }).click();
    const depositDone = page.locator('.done').filter({ hasText: 'RF' });
    await depositDone.waitFor();
    const limitPath = `${g}/members/${digits(member)}/credit-limit`;
    let limits = (await api(sys, 'GET', limitPath, adminToken)).json;
    expect(limits.deposits).toHaveLength(1);
    expect(limits.deposits[0]).toMatchObject({
      status: 'pending',
      method: 'bank-transfer',
      amount: { amount: 2000, currency: 'EUR' },
    });
    expect(await depositDone.textContent()).toBe(
      text('billing.credit.depositDone', 'sq', {
        amount: await money(page, limits.deposits[0].amount),
        reference: limits.deposits[0].paymentReference,
      }),
    );
    await page.getByLabel(text('billing.credit.kind', 'sq'), { exact: true }).selectOption('temporary');
    await page
      .getByLabel(text('billing.credit.increaseBy', 'sq', { currency: 'EUR' }), { exact: true })
      .fill('30');
    await page.getByRole('button', { name: text('billing.credit.requestSubmit', 'sq') }).click();
    await page.getByText(text('billing.credit.requestDone', 'sq')).waitFor();
    limits = (await api(sys, 'GET', limitPath, adminToken)).json;
    expect(limits.requests).toHaveLength(1);
    expect(limits.requests[0]).toMatchObject({
      kind: 'temporary',
      status: 'pending',
      amount: { amount: 3000, currency: 'EUR' },
    });
    await inBothLanguages(page, 'billing-credit-limits', async (language) => {
      expect(await h1(page)).toBe(text('billing.credit.title', language));
      await page.getByText(limits.deposits[0].paymentReference, { exact: true }).waitFor();
      const requests = page.locator('section[aria-labelledby="requests-title"] tbody tr');
      await expect.poll(() => requests.count()).toBe(1);
      expect(await requests.first().textContent()).toContain(text('billing.requestStatus.pending', language));
    });

    // The audit trail, newest first, as the API keeps it, a page of 20 at a time: a dozen label
    // changes make sure there is a second page.
    for (let i = 1; i <= 12; i++) {
      const label = await api(sys, 'PATCH', `${g}/members/${digits(demo.members[1]!)}`, adminToken, {
        label: `Vjosa (magazina ${i})`,
      });
      expect(label.status).toBe(200);
    }
    await go(page, '/group/audit');
    const first = (await api(sys, 'GET', `${g}/audit?limit=20`, adminToken)).json;
    const second = (
      await api(sys, 'GET', `${g}/audit?limit=20&cursor=${encodeURIComponent(first.nextCursor)}`, adminToken)
    ).json;
    const actions = (list: { items: { action: string }[] }) => list.items.map((e) => e.action);
    expect(first.items).toHaveLength(20);
    expect(actions(first)[0]).toBe('member.label-changed');
    await inBothLanguages(page, 'billing-audit', async (language) => {
      expect(await h1(page)).toBe(text('billing.audit.title', language));
      await expect.poll(() => page.getByTestId('audit-action').allTextContents()).toEqual(actions(first));
    });
    await page.getByRole('button', { name: text('common.more', 'sq') }).click();
    await expect
      .poll(() => page.getByTestId('audit-action').allTextContents())
      .toEqual([...actions(first), ...actions(second)]);
    expect(await page.locator('main').textContent()).toContain('group.registered');
    await context.close();
  }, 300_000);

  it('shows a member only its own number and tickets; the group pages send it home', async () => {
    const demo = sys.demo;
    const own = demo.members[0]!;
    const others = [demo.admin, ...demo.members.filter((m) => m !== own)];
    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    await signInThroughPortal(sys, page, { tenant: demo.tenant, number: own, pin: true });
    await page.waitForURL((u) => u.hash === '#/me');
    const token = await cliToken(sys, [
      '--role',
      'member',
      '--tenant',
      demo.tenant,
      '--group',
      demo.groupId,
      '--msisdn',
      digits(own),
    ]);
    const path = `/v1/groups/${demo.groupId}/members/${digits(own)}`;
    const balance = (await api(sys, 'GET', `${path}/balance`, token)).json;
    const usage = (await api(sys, 'GET', `${path}/usage`, token)).json;
    const self = (await api(sys, 'GET', path, token)).json;
    const catalog = (await api(sys, 'GET', '/v1/catalog', token)).json;
    // The API refuses the member the group's invoices; the portal shows it no link to them.
    expect((await api(sys, 'GET', `/v1/groups/${demo.groupId}/invoices`, token)).status).toBe(403);

    // The navigation: its number and its tickets, nothing of the group.
    const nav = page.getByRole('navigation', { name: text('common.navigation', 'sq') });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      text('member.nav', 'sq'),
      text('tickets.nav', 'sq'),
    ]);
    await inBothLanguages(page, 'member-me', async (language) => {
      expect(await h1(page)).toBe(text('member.title', language, { number: own }));
      await expect
        .poll(() => page.getByTestId('balance').textContent())
        .toBe(await money(page, balance.balance));
      // The plan by its name in the catalog, in the page's language, with its code.
      const plan = catalog.catalog.plans.find((p: { code: string }) => p.code === self.plan);
      await expect
        .poll(() => page.getByTestId('plan').textContent())
        .toBe(`${plan.name[language] ?? plan.name.en} (${self.plan})`);
      expect(await page.getByTestId('spend').textContent()).toBe(await money(page, usage.spend));
      // Remaining units per allowance, as the API counts them (seconds, messages, bytes).
      const remaining = await page.getByTestId('remaining').allTextContents();
      expect(remaining).toHaveLength(usage.allowances.length);
      for (const [i, a] of usage.allowances.entries()) {
        const expected =
          a.remaining === null
            ? text('member.unlimited', language)
            : a.unit === 'seconds'
              ? text('member.minutes', language, { n: await number(page, Math.round(a.remaining / 60)) })
              : a.unit === 'bytes'
                ? text('member.megabytes', language, {
                    n: await number(page, Math.round(a.remaining / 1_048_576)),
                  })
                : text('member.messages', language, { n: await number(page, a.remaining) });
        expect(remaining[i]).toBe(expected);
      }
      expect(await page.getByTestId('credit-limit').textContent()).toBe(
        usage.creditLimit
          ? text('member.limitUse', language, {
              limit: await money(page, usage.creditLimit.amount),
              used: await money(page, usage.creditLimit.used),
              remaining: await money(page, usage.creditLimit.remaining),
              percent: await number(page, usage.creditLimit.percentUsed),
            })
          : text('member.noCreditLimit', language),
      );
      const main = (await page.locator('main').textContent())!;
      for (const other of others) expect(main).not.toContain(other);
      expect(main).not.toContain('Demo Logjistika');
    });

    // Its own tickets: it opens one and sees only those it opened.
    await nav.getByRole('link', { name: text('tickets.nav', 'sq') }).click();
    await page.waitForURL((u) => u.hash === '#/me/tickets');
    await settled(page);
    await page.getByLabel(text('tickets.subject', 'sq'), { exact: true }).fill('Interneti në magazinë');
    await page.getByLabel(text('tickets.category', 'sq'), { exact: true }).selectOption('technical');
    await page
      .getByLabel(text('tickets.body', 'sq'), { exact: true })
      .fill('Interneti është i ngadaltë në magazinë.');
    await page.getByRole('button', { name: text('tickets.submit', 'sq') }).click();
    await page.waitForURL((u) => /^#\/me\/tickets\/[^/]+$/.test(u.hash));
    await inBothLanguages(page, 'tickets-ticket-member', async (language) => {
      expect(await h1(page)).toBe('Interneti në magazinë');
      expect(await page.getByTestId('ticket-status').textContent()).toBe(text('tickets.open', language));
      await page.getByText('Interneti është i ngadaltë në magazinë.').waitFor();
    });
    const mine = (await api(sys, 'GET', '/v1/tickets', token)).json.items;
    expect(mine.map((t: { subject: string }) => t.subject)).toEqual(['Interneti në magazinë']);
    await page.getByRole('link', { name: text('tickets.back', 'sq') }).click();
    await page.waitForURL((u) => u.hash === '#/me/tickets');
    await inBothLanguages(page, 'tickets-member', async () => {
      const rows = page.locator('section[aria-labelledby="tickets-title"] tbody tr');
      await expect.poll(() => rows.allTextContents()).toHaveLength(1);
      expect(await rows.first().textContent()).toContain('Interneti në magazinë');
      expect(await page.locator('main').textContent()).not.toContain('Pyetje për faturën');
    });

    // The group's pages are not the member's: the portal sends it to its own page.
    for (const path of ['/group', '/group/invoices', `/group/invoices/${invoiceId}`, '/group/audit']) {
      await page.goto(`${sys.base}/#${path}`);
      await page.waitForURL((u) => u.hash === '#/me');
      await settled(page);
      const main = (await page.locator('main').textContent())!;
      expect(main).not.toContain('Demo Logjistika');
      for (const other of others) expect(main).not.toContain(other);
    }
    await context.close();
  }, 300_000);
});
