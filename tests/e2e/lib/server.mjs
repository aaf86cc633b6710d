// The HTTPS fixture server: serves the X-like and Facebook-like pages on 127.0.0.1 under their
// real host names (the browser maps x.com and www.facebook.com here with --host-resolver-rules),
// with CSPs like the real sites', records every request and every CSP violation report.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
const fixtures = path.resolve(here, '../fixtures');
const dist = path.join(fixtures, 'dist');

// X sends no 'unsafe-eval' and no 'wasm-unsafe-eval': wasm cannot compile in the page (or in a
// content script injected into it). Facebook allows 'unsafe-eval'.
export const CSP = {
  'x.com':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; report-uri /csp-report",
  'www.facebook.com':
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; report-uri /csp-report",
};

/** Bundles the fixture pages' scripts (real Draft.js + React 18, real Lexical) with esbuild. */
export async function bundleFixtures() {
  const result = await esbuild.build({
    entryPoints: { x: path.join(fixtures, 'x.jsx'), facebook: path.join(fixtures, 'facebook.js') },
    bundle: true,
    write: false,
    outdir: dist,
    format: 'iife',
    target: 'chrome120',
    minify: false,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  const files = {};
  for (const f of result.outputFiles) files[path.basename(f.path)] = Buffer.from(f.contents);
  // Keep a copy on disk (ignored by git) for anyone debugging a fixture.
  fs.mkdirSync(dist, { recursive: true });
  for (const [name, data] of Object.entries(files)) {
    const tmp = path.join(dist, `.${name}.${process.pid}`);
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, path.join(dist, name));
  }
  return files;
}

function makeCert(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=x.com',
    '-addext', 'subjectAltName=DNS:x.com,DNS:www.facebook.com,DNS:twitter.com,DNS:facebook.com',
  ], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/** Starts the server; resolves to {port, requests, cspReports, close()}. */
export async function startServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-guard-e2e-tls-'));
  const tls = makeCert(tmp);
  const bundles = await bundleFixtures();
  const read = (p) => fs.readFileSync(path.join(fixtures, p));
  const draftCss = fs.readFileSync(path.join(repoRoot, 'node_modules/draft-js/dist/Draft.css'));

  const sites = {
    'x.com': {
      '/home': ['text/html', read('x.html')],
      '/static/x.js': ['text/javascript', bundles['x.js']],
      '/static/x.css': ['text/css', read('x.css')],
      '/static/draft.css': ['text/css', draftCss],
    },
    'www.facebook.com': {
      '/': ['text/html', read('facebook.html')],
      '/static/facebook.js': ['text/javascript', bundles['facebook.js']],
      '/static/facebook.css': ['text/css', read('facebook.css')],
    },
  };

  const requests = [];
  const cspReports = [];
  const server = https.createServer(tls, (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host}`);
    requests.push({ method: req.method, host, path: url.pathname });
    if (req.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        let parsed = body;
        try {
          parsed = JSON.parse(body);
        } catch {
          /* keep raw */
        }
        cspReports.push({ host, report: parsed });
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const entry = sites[host]?.[url.pathname];
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': `${entry[0]}; charset=utf-8`, 'cache-control': 'no-store' };
    if (entry[0] === 'text/html') headers['content-security-policy'] = CSP[host];
    res.writeHead(200, headers).end(entry[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    requests,
    cspReports,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
