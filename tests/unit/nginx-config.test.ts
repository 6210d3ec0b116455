// The nginx configuration the hosts tests run, and the copy of it in docs/deploying.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../support/csp.ts';
import { fullConfig, serverBlock, typesBlock } from '../support/nginx-config.ts';

describe('nginx configuration', () => {
  it('serves the site under its base path with alias, its own 404 page and the CSP', () => {
    const block = serverBlock({ base: '/a/b/c/', dir: '/srv/site', listen: '127.0.0.1:8080', csp: STRICT_CSP });
    expect(block).toContain('location /a/b/c/ {');
    expect(block).toContain('alias /srv/site/;');
    expect(block).toContain('error_page 403 404 =404 /a/b/c/404.html;');
    // The base without its slash is sent on to the base, with its query.
    expect(block).toContain('location = /a/b/c {\n    return 301 /a/b/c/$is_args$args;\n  }');
    expect(serverBlock({ base: '/', dir: '/srv/site', listen: '80' })).not.toContain('location =');
    expect(block).toContain(`add_header Content-Security-Policy "${STRICT_CSP}" always;`);
    expect(block).not.toMatch(/^\s*(?:rewrite|try_files)\s/m);
  });

  it('gives the test instance its own types, temp folders and pid file', () => {
    const config = fullConfig({ base: '/', dir: '/srv/site', listen: '127.0.0.1:8080', prefix: '/tmp/ng' });
    expect(config).toContain('pid /tmp/ng/nginx.pid;');
    expect(config).toContain('client_body_temp_path /tmp/ng/body;');
    expect(typesBlock()).toMatch(/application\/wasm wasm;/);
    expect(typesBlock()).toMatch(/text\/html html;/);
  });

  it('docs/deploying.md shows exactly the block the tests run', () => {
    const readme = readFileSync('docs/deploying.md', 'utf8');
    const shown = /```nginx\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown).toBe(serverBlock({ base: '/dossier/', dir: '/srv/dossier', listen: '80', csp: STRICT_CSP }));
  });
});
