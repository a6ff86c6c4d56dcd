/**
 * Builds the site (`astro build --force`, so the content cache does not flatter the figure) and
 * measures it: wall time, Astro's own time per page, and the peak memory of the build's process
 * tree, sampled from /proc every 100 ms (Linux; elsewhere the memory is left out).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** `VmRSS` and `VmHWM` (peak) of a process, in bytes, or undefined once it has gone. */
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** `pid` and all its descendants, from the parent ids in /proc/<pid>/stat. */
function processTree(pid) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [p, pp] of parent) if (pp === tree[i]) tree.push(p);
  return tree;
}

/** Astro's time per generated page, from its build log: `[{ page, ms }]`. */
export function pageTimings(log) {
  // A warning can land between a page's name and its time, so allow a timestamped line there.
  const line = /[├└]─ (\/[^\s(]*?)(?:\d\d:\d\d:\d\d[\s\S]*?)?\s*\(\+(\d+(?:\.\d+)?)(ms|s)\)/g;
  return [...log.matchAll(line)].map((m) => ({ page: m[1], ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
}

/** Runs the build; resolves to `{ ms, pages, peakRss, log }`, or rejects with the log when it fails. */
export function measureBuild(cwd) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build', '--force'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peakRss = 0;
    const sample = () => {
      if (process.platform !== 'linux') return;
      const mem = processTree(child.pid).map(memory).filter(Boolean);
      const sum = mem.reduce((n, m) => n + m.rss, 0);
      peakRss = Math.max(peakRss, sum, ...mem.map((m) => m.hwm));
    };
    const timer = setInterval(sample, 100);
    sample();
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      const clean = log.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex -- ANSI colours
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${clean}`));
      resolve({ ms, pages: pageTimings(clean), peakRss: peakRss || undefined, log: clean });
    });
  });
}
