import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
await page.goto('http://127.0.0.1:4383/architecture/');
await page.locator('#calc-parameter-count-reconstruction .calc-results').screenshot({ path: '/tmp/html-results.png' });
console.log(await page.evaluate(() => [...document.querySelectorAll('#calc-parameter-count-reconstruction .calc-result')].slice(0,4).map((r) => [Math.round(r.getBoundingClientRect().width), Math.round(r.getBoundingClientRect().height), r.textContent.slice(0, 80)])));
await browser.close();
