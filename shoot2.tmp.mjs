import { chromium } from '@playwright/test';
const [path, sel, width, theme, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
await page.goto('http://127.0.0.1:4335' + path);
await page.waitForTimeout(1500);
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
