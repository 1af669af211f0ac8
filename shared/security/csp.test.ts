import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives, metaContentSecurityPolicy } from './csp';

const indexHtmlPath = resolve(import.meta.dirname, '../../renderer/index.html');

/** Reads the content of every CSP meta tag; attribute order and quoting vary, so match the tag, then its parts. */
function cspMetaContents(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag))
    .map((tag) => /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag))
    .map((m) =>
      (m?.[1] ?? m?.[2] ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
}

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources.join(' ')] as const;
    }),
  );

  it('allows scripts, styles and connections from the app itself only', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('font-src')).toBe("'self'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
  });

  it('lets workers come only from the app and frames from nowhere', () => {
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('frame-src')).toBe("'none'");
  });

  it('demands Trusted Types through the one default policy', () => {
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    expect(directives.get('trusted-types')).toBe('default');
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('never allows inline code or eval', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
  });

  it('gives the meta variant every directive except frame-ancestors', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy.split('; ')).toEqual(cspDirectives.filter((d) => !d.startsWith('frame-ancestors')));
  });
});

describe('renderer/index.html', () => {
  it.skipIf(!existsSync(indexHtmlPath))('carries exactly the shared policy in one meta tag', () => {
    const metas = cspMetaContents(readFileSync(indexHtmlPath, 'utf8'));
    expect(metas).toEqual([metaContentSecurityPolicy]);
  });
});
