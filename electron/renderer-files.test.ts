import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererFile } from './renderer-files';

const root = mkdtempSync(join(tmpdir(), 'council-contact-renderer-'));
mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'renderer', 'assets', 'index-abc.js'), '');
writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
const renderer = join(root, 'renderer');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('which renderer file a path names', () => {
  it('serves assets as immutable and pages as the single-page app', () => {
    expect(rendererFile(renderer, '/assets/index-abc.js')).toMatchObject({
      kind: 'file',
      file: join(renderer, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
      immutable: true,
    });
    for (const path of ['/', '/index.html', '/customers/123', '/assets/'])
      expect(rendererFile(renderer, path)).toMatchObject({
        kind: 'file',
        file: join(renderer, 'index.html'),
        immutable: false,
      });
  });

  it('never leaves the renderer folder, however the path is written', () => {
    const paths = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/..%5c..%5csecret.txt',
    ];
    for (const path of paths) {
      const found = rendererFile(renderer, path);
      if (found.kind === 'file') expect(found.file.startsWith(renderer)).toBe(true);
    }
  });

  it('refuses broken percent-encoding and NUL bytes instead of throwing', () => {
    expect(rendererFile(renderer, '/%E0%A4%A')).toEqual({ kind: 'refused' });
    expect(rendererFile(renderer, '/index.html%00.js')).toEqual({ kind: 'refused' });
  });

  it('says when the renderer has not been built', () => {
    expect(rendererFile(join(root, 'not-built'), '/')).toEqual({ kind: 'missing' });
  });
});
