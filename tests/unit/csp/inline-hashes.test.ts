import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, withInlineHashes } from '../../../src/lib/csp/inline-hashes';

// Independent SHA-256 of a text, written as a CSP source expression.
const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;

const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">` +
  `<script>theme()</script><script type="module" src="/a.js"></script><style>p{color:red}</style></head>` +
  `<body><span style="--sl-icon-size: 1em;">x</span><p style="a:&quot;b&quot;">y</p></body></html>`;

describe('inlineHashes', () => {
  it('hashes inline scripts, style elements and decoded style attributes, not external scripts', () => {
    expect(inlineHashes(page(''))).toEqual({
      scripts: [hash('theme()')],
      styles: [hash('p{color:red}')],
      attributes: [hash('--sl-icon-size: 1em;'), hash('a:"b"')],
    });
  });
});

describe('withInlineHashes', () => {
  it("adds the hashes to script-src and style-src, and style-src-attr with 'unsafe-hashes'", () => {
    const out = withInlineHashes(page("default-src 'self'; script-src 'self'; style-src 'self'"));
    const policy = /content="([^"]*)"/.exec(out)![1]!.replaceAll('&quot;', '"');
    expect(policy).toContain(`script-src 'self' ${hash('theme()')}`);
    expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hash('--sl-icon-size: 1em;')}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leaves a page without a CSP meta alone', () => {
    const html = '<html><script>x()</script></html>';
    expect(withInlineHashes(html)).toBe(html);
  });
});
