/**
 * The portal's tests drive Debian's Chromium (`/usr/lib/chromium/chromium`; `.ci/run` installs it)
 * with playwright-core: no browser download. Screenshots of every page they visit are kept in
 * `test-artifacts/portal/` (one file per page and language).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts/portal');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh browser profile (its own storage) at the portal, in `language`. */
export async function newContext(browser: Browser, language: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1280, height: 900 } });
  // A step that does not happen fails within seconds, naming what it waited for.
  context.setDefaultTimeout(15_000);
  // The page's language on its first visit; the page's own switch changes it afterwards.
  await context.addInitScript(
    `if (!localStorage.getItem('switchboard.language')) localStorage.setItem('switchboard.language', ${JSON.stringify(language)});`,
  );
  return context;
}

/** A screenshot of the whole page, kept as a test artefact. */
export async function keep(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
