import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
await page.goto('http://127.0.0.1:4383/architecture/');
console.log(await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('.sl-markdown-content > *')) {
    const h = el.getBoundingClientRect().height;
    if (h > 300) out.push([Math.round(h), el.tagName, el.className.slice(0, 40), el.id]);
  }
  const calc = [...document.querySelectorAll('.calc-frame')].map((c) => [c.id, Math.round(c.getBoundingClientRect().height),
    [...c.querySelectorAll('.calc-field')].reduce((a, f) => a + f.getBoundingClientRect().height, 0) | 0,
    Math.round(c.querySelector('.calc-results')?.getBoundingClientRect().height ?? 0),
    Math.round(c.querySelector('.calc-runs')?.getBoundingClientRect().height ?? 0)]);
  return { out, calc, sidebarEtc: Math.round(document.querySelector('.sl-markdown-content').getBoundingClientRect().height) };
}));
await browser.close();
