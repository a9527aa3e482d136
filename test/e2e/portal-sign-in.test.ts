/**
 * The portal's sign-in in Chromium against `npm start`: the demo administrator's first sign-in
 * (initial password from the outbox, the SMS PIN, a new password), its group page, a wrong
 * password answered generically in the chosen language, sign-out, password recovery by e-mail, and
 * the demo staff member's sign-in to the desk (initial password and code by e-mail).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible, keep } from './portal/browser.ts';
import { cli, newContext, signInThroughPortal, signInToDesk, usePortalSystem } from './portal/system.ts';

const sys = usePortalSystem('sb-portal-sign-in-');

describe('portal sign-in', () => {
  it("is the demo sign-in the README's first lines give a newcomer", async () => {
    const readme = await readFile(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const firstSteps = readme.slice(0, readme.indexOf('### Local queues'));
    expect(firstSteps).toContain(`operator\n\`${sys.demo.tenant}\`, number \`${sys.demo.admin}\``);
    for (const member of sys.demo.members) expect(firstSteps).toContain(`\`${member}\``);
    expect(firstSteps).toContain(`staff e-mail \`${sys.demo.staff}\``);
  });

  it('signs the demo administrator in with the initial password, the SMS PIN and a new password', {
    timeout: 120_000,
  }, async () => {
    const context = await newContext(sys.browser, 'sq');
    const page = await context.newPage();
    await page.goto(`${sys.base}/`);
    await page.waitForURL((u) => u.hash === '#/sign-in');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hyrja');
    await expectAccessible(page, 'sign-in');
    await keep(page, 'sign-in.sq');

    const password = await signInThroughPortal(sys, page, {
      tenant: sys.demo.tenant,
      number: sys.demo.admin,
      pin: true,
      onStep: async (step) => {
        await expectAccessible(page, step);
        await keep(page, `${step}.sq`);
      },
    });
    await page.waitForURL((u) => u.hash === '#/group');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Demo Logjistika SH.P.K.');
    // Every number of the group, with its balance once it arrives.
    for (const msisdn of [sys.demo.admin, ...sys.demo.members])
      await page.getByRole('link', { name: msisdn }).waitFor();
    await expect.poll(() => page.locator('td:has-text("…")').count()).toBe(0);
    await expectAccessible(page, 'group');
    await keep(page, 'group.sq');
    // On a phone: the same page, its wide table scrolled sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'group on a phone');
    await keep(page, 'group.phone.sq');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A session near its end is renewed with its refresh token before the next request.
    const session = async () =>
      JSON.parse(
        ((await page.evaluate("sessionStorage.getItem('switchboard.session')")) as string) ?? '{}',
      ) as {
        token: string;
        expiresAt: number;
      };
    const before = await session();
    await page.evaluate(`sessionStorage.setItem('switchboard.session', JSON.stringify({
      ...JSON.parse(sessionStorage.getItem('switchboard.session')), expiresAt: Date.now() + 60000 }))`);
    await page.reload();
    await page.getByRole('link', { name: sys.demo.admin }).waitFor();
    await expect.poll(async () => (await session()).token).not.toBe(before.token);
    expect((await session()).expiresAt).toBeGreaterThan(Date.now() + 30 * 60_000);

    // Sign out; the new password is the one in force, and the PIN is asked again.
    await page.getByRole('button', { name: 'Dilni' }).click();
    await page.waitForURL((u) => u.hash.startsWith('#/sign-in'));
    await signInThroughPortal(sys, page, {
      tenant: sys.demo.tenant,
      number: sys.demo.admin,
      password,
      pin: true,
    });
    await page.waitForURL((u) => u.hash === '#/group');
    await context.close();
  });

  it('answers a wrong password generically, in the language chosen on the page', async () => {
    const context = await newContext(sys.browser, 'en');
    const page = await context.newPage();
    await page.goto(`${sys.base}/#/sign-in`);
    await page.getByLabel('Language').selectOption('hr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Prijava');
    await page.getByLabel('Operater').fill(sys.demo.tenant);
    await page.getByLabel('Broj telefona').fill(sys.demo.admin);
    await page.getByLabel('Lozinka').fill('not-the-password');
    await page.getByRole('button', { name: 'Prijavi se' }).click();
    // The server's own problem, in Croatian (the API localizes it for the Accept-Language sent).
    const problem = page.getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Broj telefona ili lozinka nisu ispravni.');
    await keep(page, 'sign-in-refused.hr');
    await context.close();
  });

  it('signs the demo staff member in to the desk with the e-mailed initial password and code, in two languages', {
    timeout: 120_000,
  }, async () => {
    const context = await newContext(sys.browser, 'en');
    const page = await context.newPage();
    await page.goto(`${sys.base}/#/staff`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Operator desk');
    await expectAccessible(page, 'staff.en');
    await keep(page, 'staff.en');
    // A wrong password is answered generically by the server, and no code is sent.
    await page.getByLabel('Operator').fill(sys.demo.tenant);
    await page.getByLabel('E-mail address').fill(sys.demo.staff!);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'The e-mail address or the password is not right.',
    );

    const password = await signInToDesk(sys, page, {
      tenant: sys.demo.tenant,
      email: sys.demo.staff!,
      onStep: async (step) => {
        await expectAccessible(page, `staff ${step}`);
        await keep(page, `staff-${step}.en`);
      },
    });
    await page.getByRole('link', { name: 'Staff', exact: true }).click();
    await page.getByRole('cell', { name: sys.demo.staff! }).waitFor();
    await expectAccessible(page, 'desk staff');
    await keep(page, 'desk-staff.en');
    await context.close();

    // Again in Slovenian, with the password chosen: the code is asked at every sign-in.
    const again = await newContext(sys.browser, 'sl');
    const next = await again.newPage();
    await next.goto(`${sys.base}/#/staff`);
    await expect.poll(() => next.locator('h1').textContent()).toBe('Pult operaterja');
    await signInToDesk(sys, next, {
      tenant: sys.demo.tenant,
      email: sys.demo.staff!,
      password,
      onStep: async (step) => {
        await expectAccessible(next, `staff ${step} (sl)`);
        await keep(next, `staff-${step}.sl`);
      },
    });
    await again.close();
  });

  it('recovers the password by e-mail: the code from the group’s billing e-mail sets a new one', {
    timeout: 120_000,
  }, async () => {
    const context = await newContext(sys.browser, 'pt');
    const page = await context.newPage();
    await page.goto(`${sys.base}/#/sign-in`);
    await page.getByRole('link', { name: 'Esqueceu a palavra-passe?' }).click();
    await page.waitForURL((u) => u.hash === '#/recovery');
    await page.getByLabel('Operador').fill(sys.demo.tenant);
    await page.getByLabel('Número de telefone').fill(sys.demo.admin);
    await page.getByRole('button', { name: 'Enviar o código' }).click();
    await page.getByRole('status').first().waitFor();
    await expectAccessible(page, 'recovery');
    await keep(page, 'recovery.pt');

    // The code went to the group's billing e-mail (in the group's language, Albanian).
    let code: string | undefined;
    for (let i = 0; i < 60 && !code; i++) {
      const mail = await cli(sys, [
        'outbox',
        '--to',
        'fatura@demo-logjistika.example',
        '--template',
        'recovery-code',
      ]);
      code = /\b([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})\b/.exec(mail)?.[1];
      if (!code) await new Promise((r) => setTimeout(r, 300));
    }
    expect(code).toBeTruthy();
    await page.getByLabel('Código do e-mail').fill('AAAA-BBBB-CCCC');
    await page.getByLabel('Nova palavra-passe').fill('Recuperada-Senha-2026');
    await page.getByRole('button', { name: 'Definir palavra-passe' }).click();
    // A wrong code: the server's answer, in Portuguese; the right one sets the password.
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Código do e-mail').fill(code!);
    await page.getByRole('button', { name: 'Definir palavra-passe' }).click();
    await page.getByRole('link', { name: 'Ir para o início de sessão' }).click();
    await signInThroughPortal(sys, page, {
      tenant: sys.demo.tenant,
      number: sys.demo.admin,
      password: 'Recuperada-Senha-2026',
      pin: true,
    });
    await page.waitForURL((u) => u.hash === '#/group');
    await context.close();
  });
});
