import { chromium } from '@playwright/test';
const [, , mode = 'height', tag = 'x'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://127.0.0.1:4383';
if (mode === 'height') {
  for (const path of ['/architecture/', '/pretraining/']) {
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(base + path);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(path, width, h);
      await page.close();
    }
  }
} else {
  for (const path of ['/architecture/', '/pretraining/']) for (const width of [360, 1440]) for (const theme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await ctx.newPage();
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(base + path);
    const name = `/tmp/html-shot-${tag}-${path.replaceAll('/', '')}-${width}-${theme}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
    await ctx.close();
  }
}
await browser.close();
