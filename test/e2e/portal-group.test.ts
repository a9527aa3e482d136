/**
 * The administrator's pages for the group's numbers and money, in Chromium against `npm start`:
 * the demo administrator adds a new number and a port-in (a bad port-in number answered by the
 * server on its field), changes a plan after reading the quote, sets services, cap and label,
 * tops up by voucher, moves credit to a member and back, sets the payment method and removes a
 * number. What the pages show is checked against the API read directly; every page is visited
 * in Albanian and English, with a screenshot and axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, keep } from './portal/browser.ts';
import { api, cliToken, newContext, signInThroughPortal, usePortalSystem } from './portal/system.ts';

const sys = usePortalSystem('sb-portal-group-');
const digits = (msisdn: string) => msisdn.replace(/^\+/, '');

let page: Page;
let adminToken: string;
let operatorToken: string;
/** The numbers the form adds: a new one and a ported-in one. */
const added = { fresh: '', portIn: '' };

const asAdmin = (method: string, path: string, body?: unknown, key?: string) =>
  api(sys, method, `/v1/groups/${sys.demo.groupId}${path}`, adminToken, body, key);
const balanceOf = async (msisdn: string): Promise<number> =>
  (await asAdmin('GET', `/members/${digits(msisdn)}/balance`)).json.balance.amount;

/** The page's language (`<html lang>`, which the language switch sets). */
const pageLanguage = () => page.evaluate<string>('document.documentElement.lang');

/**
 * An amount as the page formats it: in the page's language by the browser's Intl, or as French writes
 * numbers where the browser lacks the language's data (Albanian in Debian's Chromium), as the portal does.
 */
const money = async (amount: number, currency = 'EUR') =>
  page.evaluate(
    ([a, c, l]) =>
      new Intl.NumberFormat(Intl.NumberFormat.supportedLocalesOf([l]).length ? l : 'fr', {
        style: 'currency',
        currency: c,
      }).format(a / 100),
    [amount, currency, await pageLanguage()] as [number, string, string],
  );

/** A count as the page formats it. */
const count = async (n: number) =>
  page.evaluate(
    ([v, l]) => new Intl.NumberFormat(Intl.NumberFormat.supportedLocalesOf([l]).length ? l : 'fr').format(v),
    [n, await pageLanguage()] as [number, string],
  );

const h1 = () => page.locator('h1').textContent();
const region = (name: string) => page.getByRole('region', { name });

async function language(to: 'sq' | 'en') {
  const from = await pageLanguage();
  await page.getByLabel(from === 'sq' ? 'Gjuha' : 'Language').selectOption(to);
  await expect.poll(pageLanguage).toBe(to);
}

/** Screenshot and axe-core of the page as it is, then the same in English (and back to Albanian). */
async function inBothLanguages(name: string, englishHeading: string | RegExp) {
  await expectAccessible(page, `${name}.sq`);
  await keep(page, `${name}.sq`);
  await language('en');
  await expect.poll(h1).toMatch(englishHeading);
  await expectAccessible(page, `${name}.en`);
  await keep(page, `${name}.en`);
  await language('sq');
}

/** Opens a page of the portal and waits for its heading. */
async function open(path: string, heading: string) {
  await page.goto(`${sys.base}/#${path}`);
  await expect.poll(h1).toContain(heading);
}

afterAll(async () => {
  await page?.context().close();
});

describe("the administrator's numbers and money", () => {
  it('signs the demo administrator in; the overview links every number to its page', async () => {
    const context = await newContext(sys.browser, 'sq');
    page = await context.newPage();
    await signInThroughPortal(sys, page, { tenant: sys.demo.tenant, number: sys.demo.admin, pin: true });
    await page.waitForURL((u) => u.hash === '#/group');
    adminToken = await cliToken(sys, [
      '--role',
      'admin',
      '--tenant',
      sys.demo.tenant,
      '--group',
      sys.demo.groupId,
      '--msisdn',
      digits(sys.demo.admin),
    ]);
    operatorToken = await cliToken(sys, ['--role', 'operator', '--tenant', sys.demo.tenant]);
    for (const msisdn of [sys.demo.admin, ...sys.demo.members]) {
      const link = page.getByRole('link', { name: msisdn, exact: true });
      expect(await link.getAttribute('href')).toBe(`#/group/members/${digits(msisdn)}`);
    }
    // Plans by their names in the catalog's Albanian, and the short navigation.
    await page.getByRole('cell', { name: 'Biznes 10 (BIZ10)' }).first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigimi kryesor' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Grupi', 'Transferimet', 'Pagesa']),
    );
    await expect.poll(() => page.locator('td:has-text("…")').count()).toBe(0);
    await inBothLanguages('group-overview', 'Demo Logjistika SH.P.K.');
  }, 120_000);

  it('adds a port-in (a bad number answered on its field) and a new number through the form', async () => {
    await page.goto(`${sys.base}/#/group`);
    await page.getByRole('link', { name: 'Shto një numër' }).click();
    await page.waitForURL((u) => u.hash === '#/group/members/new');
    await expect.poll(h1).toBe('Shto një numër');
    // The plans of the catalog, named in Albanian, with their fees.
    const plans = page.getByLabel('Paketa', { exact: true }).locator('option');
    await expect
      .poll(() => plans.allTextContents())
      .toEqual([`Biznes 10 (BIZ10) — ${await money(1000)}`, `Biznes 20 (BIZ20) — ${await money(2000)}`]);
    await inBothLanguages('member-new', 'Add a number');

    // A port-in number that is none: the server's own message, on the field it names.
    await page.getByLabel('Sill një numër nga një operator tjetër (portim)').check();
    const number = page.getByLabel("Numri për t'u portuar");
    await number.fill('12ab');
    await page.getByLabel('Operatori aktual').fill('Vala');
    await page.getByRole('button', { name: 'Shto numrin' }).click();
    await page.getByRole('alert').waitFor();
    const refused = await asAdmin(
      'POST',
      '/members',
      { number: { kind: 'port-in', msisdn: '12ab', donorOperator: 'Vala' }, plan: 'BIZ10' },
      'portal-group-bad-port-in',
    );
    expect(refused.status).toBe(400);
    const message = refused.json.errors.find((e: { field: string }) => e.field === 'body.number.msisdn')
      .message as string;
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await number.getAttribute('aria-describedby'))!.split(' ').pop()!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(message);
    expect(await page.getByRole('alert').textContent()).toContain('body.number.msisdn');
    await keep(page, 'member-new-refused.sq');

    // Corrected: ported in, and its page opens.
    await number.fill('+383 44 555 111');
    await page.getByRole('button', { name: 'Shto numrin' }).click();
    await page.waitForURL((u) => u.hash === '#/group/members/38344555111?added=1');
    added.portIn = '+38344555111';
    await page.getByRole('status').filter({ hasText: added.portIn }).waitFor();
    const ported = (await asAdmin('GET', '/members/38344555111')).json;
    expect(ported.origin).toMatchObject({ kind: 'port-in', donorOperator: 'Vala' });
    expect(ported.plan).toBe('BIZ10');
    expect(await page.getByTestId('member-plan').textContent()).toBe('Biznes 10 (BIZ10)');

    // A new number from the operator's range, on BIZ20, labelled, without roaming.
    await open('/group/members/new', 'Shto një numër');
    await page.getByLabel('Paketa', { exact: true }).selectOption('BIZ20');
    await page.getByLabel('Etiketa').fill('Besa (shitje)');
    await page.getByText('Cilësimet e shërbimeve dhe kufiri i shpenzimeve (opsionale)').click();
    await page.getByLabel('Roaming', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Shto numrin' }).click();
    await page.waitForURL(
      (u) => /^#\/group\/members\/\d+\?added=1$/.test(u.hash) && !u.hash.includes('38344555111'),
    );
    added.fresh = `+${/members\/(\d+)/.exec(new URL(page.url()).hash)![1]}`;
    const fresh = (await asAdmin('GET', `/members/${digits(added.fresh)}`)).json;
    expect(fresh).toMatchObject({ plan: 'BIZ20', label: 'Besa (shitje)', origin: { kind: 'new' } });
    expect(fresh.settings).toMatchObject({ roaming: false, voice: true, data: true });
    await expect.poll(h1).toContain(added.fresh);
    expect(await page.getByTestId('member-label').textContent()).toBe('Besa (shitje)');
  }, 120_000);

  it("changes a number's plan after showing the server's quote", async () => {
    await open(`/group/members/${digits(added.portIn)}`, added.portIn);
    const plan = region('Ndrysho paketën');
    await plan.getByLabel('Paketa e re').selectOption('BIZ20');
    await plan.getByRole('button', { name: 'Shiko sa kushton' }).click();
    const quoteView = page.getByTestId('plan-quote');
    await quoteView.waitFor();
    const quote = (await asAdmin('GET', `/members/${digits(added.portIn)}/plan-quote?plan=BIZ20`)).json;
    const price = (await api(sys, 'GET', `/v1/quotes?from=BIZ10&to=BIZ20&tenant=${sys.demo.tenant}`)).json;
    const row = (name: string | RegExp) => quoteView.getByRole('row', { name });
    // Every figure as the server gave it: the number's quote and the operator's price quote.
    await expect
      .poll(() =>
        row(/^Tani: Biznes 10/)
          .locator('td')
          .allTextContents(),
      )
      .toEqual([
        await money(quote.from.monthlyFee.amount),
        await money(price.from.monthlyFee.net.amount),
        await money(price.from.monthlyFee.vat.amount),
        await money(price.from.monthlyFee.gross.amount),
      ]);
    expect(
      await row(/^E re: Biznes 20/)
        .locator('td')
        .allTextContents(),
    ).toEqual([
      await money(quote.to.monthlyFee.amount),
      await money(price.to.monthlyFee.net.amount),
      await money(price.to.monthlyFee.vat.amount),
      await money(price.to.monthlyFee.gross.amount),
    ]);
    expect(
      await row(/^Diferenca çdo muaj/)
        .locator('td')
        .allTextContents(),
    ).toEqual([
      await money(quote.monthlyDifference.amount),
      await money(price.monthlyDifference.net.amount),
      await money(price.monthlyDifference.vat.amount),
      await money(price.monthlyDifference.gross.amount),
    ]);
    const rest = row(/^Pjesa tjetër e periudhës/);
    expect(await rest.locator('th').textContent()).toContain(
      `${price.restOfPeriod.days} nga ${price.restOfPeriod.ofDays} ditë`,
    );
    expect((await rest.locator('td').allTextContents()).slice(1)).toEqual([
      await money(price.restOfPeriod.net.amount),
      await money(price.restOfPeriod.vat.amount),
      await money(price.restOfPeriod.gross.amount),
    ]);
    expect(quote.allowed).toBe(true);
    expect(await page.getByTestId('quote-allowed').textContent()).toContain('Po');
    expect(await quoteView.textContent()).toContain('Në paketë më të lartë');
    expect(await quoteView.textContent()).toContain('Asnjë: ndryshimi i paketës është falas');
    await inBothLanguages('member', /^\+38344555111/);
    // Back in Albanian the quote is still shown; confirm it.
    await plan.getByRole('button', { name: 'Ndrysho në Biznes 20' }).click();
    await plan.getByRole('status').filter({ hasText: 'Paketa tani është Biznes 20 (BIZ20).' }).waitFor();
    expect((await asAdmin('GET', `/members/${digits(added.portIn)}`)).json.plan).toBe('BIZ20');
    await expect.poll(() => page.getByTestId('member-plan').textContent()).toBe('Biznes 20 (BIZ20)');
  }, 120_000);

  it("sets a number's services, spending cap and label; usage shows the cap the server counts", async () => {
    await open(`/group/members/${digits(added.fresh)}`, added.fresh);
    const settings = region('Cilësimet, kufiri dhe etiketa');
    const cap = settings.getByLabel('Kufiri i shpenzimeve (EUR)');
    // Not an amount: the server names the field.
    await cap.fill('dymbëdhjetë');
    await settings.getByRole('button', { name: 'Ruaj cilësimet' }).click();
    await settings.getByRole('alert').waitFor();
    expect(await settings.getByRole('alert').textContent()).toContain('body.settings.spendingCap.amount');
    expect(await cap.getAttribute('aria-invalid')).toBe('true');

    await settings.getByLabel('Thirrjet ndërkombëtare').uncheck();
    await settings.getByLabel('Numrat me tarifë të veçantë (090)').check();
    await cap.fill('12,50');
    await settings.getByLabel('Etiketa').fill('Besa');
    await settings.getByRole('button', { name: 'Ruaj cilësimet' }).click();
    await settings.getByRole('status').filter({ hasText: 'U ruajt.' }).waitFor();
    const member = (await asAdmin('GET', `/members/${digits(added.fresh)}`)).json;
    expect(member.label).toBe('Besa');
    expect(member.settings).toEqual({
      voice: true,
      sms: true,
      data: true,
      roaming: false,
      international: false,
      premiumRate: true,
      spendingCap: { amount: 1250, currency: 'EUR' },
    });
    await expect.poll(() => page.getByTestId('member-cap').textContent()).toBe(await money(1250));
    await expect.poll(() => page.getByTestId('member-label').textContent()).toBe('Besa');
    // The usage of the month, as the server counts it: the new cap, the plan's allowances.
    const usage = (await asAdmin('GET', `/members/${digits(added.fresh)}/usage`)).json;
    expect(usage.spendingCap.amount.amount).toBe(1250);
    await expect
      .poll(() => page.getByTestId('usage-cap').textContent())
      .toContain(`${await money(1250)}: përdorur ${await money(usage.spendingCap.used.amount)}`);
    const data = usage.allowances.find((a: { key: string }) => a.key === 'data');
    const mb = await count(Math.floor(data.included / 1024 / 1024));
    expect(
      await region('Përdorimi këtë muaj')
        .getByRole('row', { name: /^Të dhënat/ })
        .locator('td')
        .first()
        .textContent(),
    ).toBe(`${mb} MB`);
  }, 120_000);

  it('tops up by voucher, moves credit to a member and back, and shows the statement', async () => {
    const batch = await api(sys, 'POST', '/v1/voucher-batches', operatorToken, {
      value: { amount: 2000, currency: 'EUR' },
      count: 2,
      validUntil: '2030-06-30',
      label: 'Portal test',
    });
    expect(batch.status).toBe(201);
    const code = batch.json.codes[0] as string;

    // The administrator tops up its own number with the voucher.
    const admin = sys.demo.admin;
    const adminBefore = await balanceOf(admin);
    await open(`/group/members/${digits(admin)}`, admin);
    await expect.poll(() => page.getByTestId('member-balance').textContent()).toBe(await money(adminBefore));
    const topUp = region('Rimbush këtë numër');
    await topUp.getByLabel('Kupon dyqani').check();
    await topUp.getByLabel('Kodi i kuponit').fill(code);
    await topUp.getByRole('button', { name: 'Rimbush' }).click();
    await page.getByTestId('top-up-result').waitFor();
    expect(await page.getByTestId('top-up-credited').textContent()).toBe(await money(2000));
    expect(await balanceOf(admin)).toBe(adminBefore + 2000);
    await expect
      .poll(() => page.getByTestId('member-balance').textContent())
      .toBe(await money(adminBefore + 2000));
    await region('Bilanci dhe lëvizjet')
      .getByRole('row', { name: /Kupon|Rimbushje/ })
      .first()
      .waitFor();
    // The same code again: the server's refusal, on the code's field.
    await topUp.getByLabel('Kodi i kuponit').fill(code);
    await topUp.getByRole('button', { name: 'Rimbush' }).click();
    await topUp.getByRole('alert').waitFor();
    expect(await balanceOf(admin)).toBe(adminBefore + 2000);

    // PayPal: a declined order is the server's refusal on the order's field; an approved one is credited.
    await topUp.getByLabel('PayPal (ose kartë përmes PayPal)').check();
    await topUp.getByLabel('Shuma (EUR)').fill('3');
    const order = topUp.getByLabel('ID e porosisë PayPal');
    await order.fill('DECLINE-PORTAL-0001');
    await topUp.getByRole('button', { name: 'Rimbush' }).click();
    await topUp.getByRole('alert').waitFor();
    expect(await topUp.getByRole('alert').textContent()).toContain('INSTRUMENT_DECLINED');
    expect(await order.getAttribute('aria-invalid')).toBe('true');
    await order.fill('PORTAL-ORDER-0001');
    await topUp.getByRole('button', { name: 'Rimbush' }).click();
    await expect.poll(() => page.getByTestId('top-up-status').textContent()).toBe('U kreditua');
    expect(await page.getByTestId('top-up-credited').textContent()).toBe(await money(300));
    expect(await balanceOf(admin)).toBe(adminBefore + 2300);

    // A bank transfer: pending with the reference to quote; the bank's payment quoting it credits it.
    await topUp.getByLabel('Transfertë bankare').check();
    await topUp.getByLabel('Shuma (EUR)').fill('5');
    await topUp.getByRole('button', { name: 'Rimbush' }).click();
    await page.getByTestId('top-up-reference').waitFor();
    const reference = (await page.getByTestId('top-up-reference').textContent())!;
    expect(reference).toMatch(/^RF\d{2}[0-9A-Z]+$/);
    expect(await page.getByTestId('top-up-status').textContent()).toBe('Në pritje të pagesës');
    expect(await balanceOf(admin)).toBe(adminBefore + 2300);
    const paid = await api(
      sys,
      'POST',
      '/v1/payments',
      operatorToken,
      { paymentId: 'portal-group-bank-0001', amount: { amount: 500, currency: 'EUR' }, reference },
      'portal-group-bank-0001',
    );
    expect(paid.status).toBeLessThan(300);
    await expect
      .poll(async () => {
        const check = topUp.getByRole('button', { name: 'Kontrollo statusin' });
        if (await check.isVisible()) await check.click();
        return page.getByTestId('top-up-status').textContent();
      })
      .toBe('U kreditua');
    expect(await balanceOf(admin)).toBe(adminBefore + 2800);
    await expect
      .poll(() => page.getByTestId('member-balance').textContent())
      .toBe(await money(adminBefore + 2800));
    await keep(page, 'member-top-ups.sq');

    // Admin → member 7.50, then member → admin 2.50, each with both balances before and after.
    await page.getByRole('link', { name: 'Transferimet', exact: true }).click();
    await page.waitForURL((u) => u.hash === '#/group/transfers');
    await expect.poll(h1).toBe('Transferimet e kredisë');
    const member = added.fresh;
    const moveCredit = async (direction: string, amount: string, moved: number) => {
      const before = { admin: await balanceOf(admin), member: await balanceOf(member) };
      const form = region('Transfero kredi');
      await form.getByLabel(direction).check();
      await form.getByLabel('Numri i grupit').fill(member);
      await expect
        .poll(() =>
          page
            .getByTestId(`balance-${digits(member)}`)
            .getByTestId('now')
            .textContent(),
        )
        .toBe(await money(before.member));
      expect(
        await page
          .getByTestId(`balance-${digits(admin)}`)
          .getByTestId('now')
          .textContent(),
      ).toBe(await money(before.admin));
      await form.getByLabel('Shuma (EUR)').fill(amount);
      await form.getByRole('button', { name: 'Transfero' }).click();
      await form.getByRole('status').waitFor();
      const after = { admin: await balanceOf(admin), member: await balanceOf(member) };
      expect(after.admin - before.admin).toBe(-moved);
      expect(after.member - before.member).toBe(moved);
      for (const [who, number] of [
        ['admin', admin],
        ['member', member],
      ] as const) {
        const row = page.getByTestId(`balance-${digits(number)}`);
        expect(await row.getByTestId('before').textContent()).toBe(await money(before[who]));
        expect(await row.getByTestId('after').textContent()).toBe(await money(after[who]));
      }
    };
    await moveCredit('Nga administratori te një numër', '7.50', 750);
    await keep(page, 'transfers-moved.sq');
    await moveCredit('Nga një numër mbrapsht te administratori', '2,50', -250);

    // More than one transfer may move: the tenant's limit, said by the server on the amount.
    const form = region('Transfero kredi');
    await form.getByLabel('Nga administratori te një numër').check();
    await form.getByLabel('Shuma (EUR)').fill('1000');
    await form.getByRole('button', { name: 'Transfero' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('body.amount.amount');

    // The statement: every movement of the month, as the API lists it.
    const statement = (await asAdmin('GET', '/statement?limit=25')).json;
    const table = region('Pasqyra e grupit').getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(statement.items.length);
    const transfers = statement.items.filter(
      (e: { kind: string; msisdn: string }) => e.kind === 'transfer-in' && e.msisdn === member,
    );
    expect(transfers.map((e: { amount: { amount: number } }) => e.amount.amount)).toEqual([750]);
    expect(
      await table
        .locator('tbody tr')
        .nth(statement.items.length - 1)
        .textContent(),
    ).toContain(await money(250));
    await inBothLanguages('transfers', 'Credit transfers');
  }, 180_000);

  it('reads and changes the payment settings, the direct-debit mandate included', async () => {
    await page.getByRole('link', { name: 'Pagesa', exact: true }).click();
    await page.waitForURL((u) => u.hash === '#/group/payment-settings');
    await expect.poll(h1).toBe('Cilësimet e pagesës');
    const before = (await asAdmin('GET', '/payment-settings')).json;
    expect(await page.getByTestId('payment-method').textContent()).toBe(
      before.method === 'manual' ? 'Pagesë manuale' : 'Debitim direkt mujor',
    );
    await inBothLanguages('payment-settings', 'Payment settings');

    const change = region('Ndrysho mënyrën e pagesës');
    await change.getByLabel('Debitim direkt mujor').check();
    await change.getByRole('button', { name: 'Ruaj' }).click();
    await change.getByRole('alert').waitFor();
    expect(await change.getByLabel('Referenca e autorizimit (mandatit)').getAttribute('aria-invalid')).toBe(
      'true',
    );

    await change.getByLabel('Referenca e autorizimit (mandatit)').fill('DEMO-MANDAT-0001');
    await change.getByLabel('Autorizimi nënshkruar më').fill('2026-11-15');
    await change.getByRole('button', { name: 'Ruaj' }).click();
    await change.getByRole('status').waitFor();
    const after = (await asAdmin('GET', '/payment-settings')).json;
    expect(after).toMatchObject({
      method: 'direct-debit',
      mandate: { reference: 'DEMO-MANDAT-0001', signedOn: '2026-11-15' },
    });
    expect(await page.getByTestId('payment-method').textContent()).toBe('Debitim direkt mujor');
    expect(await page.getByTestId('mandate-reference').textContent()).toBe('DEMO-MANDAT-0001');
  }, 120_000);

  it('removes a number after a confirmation step; its credit goes back to the administrator', async () => {
    const number = added.portIn;
    const moved = await asAdmin(
      'POST',
      '/transfers',
      { from: sys.demo.admin, to: number, amount: { amount: 100, currency: 'EUR' } },
      'portal-group-before-removal',
    );
    expect(moved.status).toBe(201);
    const adminBefore = await balanceOf(sys.demo.admin);
    await open(`/group/members/${digits(number)}`, number);
    const remove = region('Hiq numrin');
    await remove.getByRole('button', { name: 'Hiq…' }).click();
    // Nothing is removed before the confirmation; cancelling leaves the number.
    await remove.getByRole('button', { name: 'Anulo' }).click();
    expect((await asAdmin('GET', `/members/${digits(number)}`)).status).toBe(200);
    await remove.getByRole('button', { name: 'Hiq…' }).click();
    expect(await remove.textContent()).toContain(`Të hiqet ${number} (Ndërprerje)?`);
    await remove.getByRole('button', { name: 'Po, hiqe' }).click();
    await page.getByTestId('credit-returned').waitFor();
    expect(await page.getByTestId('credit-returned').textContent()).toBe(await money(100));
    expect((await asAdmin('GET', `/members/${digits(number)}`)).status).toBe(404);
    expect(await balanceOf(sys.demo.admin)).toBe(adminBefore + 100);
    await expectAccessible(page, 'member-removed.sq');
    await keep(page, 'member-removed.sq');
    // The overview no longer lists it.
    await page.getByRole('link', { name: 'Kthehu te grupi' }).click();
    await page.getByRole('link', { name: sys.demo.admin, exact: true }).waitFor();
    expect(await page.getByRole('link', { name: number, exact: true }).count()).toBe(0);
  }, 120_000);
});
