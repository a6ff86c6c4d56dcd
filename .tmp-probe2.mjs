import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4384/architecture/');
console.log(await page.evaluate(() => ({
  links: document.querySelectorAll('.calc-math-link').length,
  math: document.querySelectorAll('.calc-math').length,
  visibleMath: [...document.querySelectorAll('.calc-math')].filter((e) => e.getClientRects().length > 0).map((e) => [e.scrollWidth, e.clientWidth]),
  openDetails: document.querySelectorAll('details.calc-explain[open]').length,
})));
await browser.close();
