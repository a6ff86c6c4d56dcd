import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [width, theme] of [[360, 'light'], [1440, 'dark']]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4383/architecture/');
  await page.locator('#calc-active-share-of-the-model').screenshot({ path: `/tmp/html-calc-${width}-${theme}.png` });
  await page.locator('#calc-parameter-count-reconstruction .calc-field').first().locator('summary').click();
  await page.locator('#calc-parameter-count-reconstruction').screenshot({ path: `/tmp/html-recon-${width}-${theme}.png`, clip: undefined });
  await page.locator('.q[data-quantity="model.active_fraction"] .q-value').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/html-pop-${width}-${theme}.png` });
  await ctx.close();
}
await browser.close();
