import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the headers file for hosts', () => {
  const headers = readFileSync('public/_headers', 'utf8');

  it('forbids framing the guide, which a meta tag cannot do', () => {
    expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
    expect(headers).toMatch(/X-Frame-Options: DENY/);
  });

  it('carries no script or style policy that would contradict the one in each page', () => {
    expect(headers).not.toMatch(/script-src|style-src|default-src/);
  });
});
