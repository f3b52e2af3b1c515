/**
 * End-to-end harness: a local HTTPS server that plays www.upwork.com with the fixture pages,
 * and Debian's Chromium with the BUILT extension loaded. Every other host resolves nowhere,
 * and every request the browser makes is recorded, so a test can prove the extension sends
 * nothing anywhere. Nothing is built here except the fixture app (esbuild, into a temp dir);
 * the extension must already be built with `npm run build:chrome`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(ROOT, 'test/fixtures/upwork');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The origin the browser believes it is on; the resolver rule sends it to the fixture server. */
export const SERVER_URL = 'https://www.upwork.com';

/** Marketplace URL patterns (UPWORK-DOM.md) → fixture page. First match wins. */
export const ROUTES: readonly { pattern: RegExp; file: string }[] = [
  { pattern: /^\/ab\/messages\/rooms(?:\/room_[0-9a-f]+)?\/?$/, file: 'message-room-2026-11.html' },
  { pattern: /^\/nx\/wm\/workroom\/[^/]+\/messages\/?$/, file: 'workroom-2026-11.html' },
  { pattern: /^\/nx\/proposals\/job\/~[^/]+\/apply\/?$/, file: 'proposal-2026-11.html' },
  { pattern: /^\/nx\/job-post\//, file: 'job-post-2026-11.html' },
  { pattern: /^\/nx\/create-profile\/overview\/?$/, file: 'profile-overview-2026-11.html' },
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Where the request came from: a page of the context, or the extension's service worker. */
  origin: 'page' | 'service-worker';
}

export interface FixtureServer {
  port: number;
  /** Paths the server was asked for, in order (the server-side view of the request log). */
  served: string[];
  close: () => Promise<void>;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serverUrl: string;
  server: FixtureServer;
  /** Every request the browser made (pages and service worker), in order. */
  requests: RecordedRequest[];
  /** The extension's service worker, fetched again (MV3 workers sleep after ~30 s idle). */
  serviceWorker: () => Promise<Worker>;
  /** Open a fixture page by marketplace path, e.g. '/ab/messages/rooms/room_0a1b2c3d'. */
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Make a throwaway self-signed certificate for www.upwork.com in a temp dir. Never committed. */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=www.upwork.com',
      '-addext',
      'subjectAltName=DNS:www.upwork.com',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/** Bundle the TipTap fixture app (real @tiptap/core + starter-kit) into `outDir`. */
export async function buildFixtureApp(outDir: string): Promise<void> {
  await build({
    entryPoints: [join(FIXTURES_DIR, 'app/messages-app.ts')],
    outfile: join(outDir, 'messages-app.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: false,
    logLevel: 'silent',
  });
}

function resolveStatic(baseDir: string, relative: string): string | null {
  const file = normalize(join(baseDir, relative));
  if (!file.startsWith(baseDir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** HTTPS static server on 127.0.0.1 for test/fixtures/upwork with the marketplace's routes. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-fixtures-'));
  const built = join(tmp, 'assets');
  await buildFixtureApp(built);
  const tls = makeCertificate(tmp);
  const served: string[] = [];
  const assets = join(FIXTURES_DIR, 'assets');

  const server: Server = createServer(tls, (req, res) => {
    const path = new URL(req.url ?? '/', SERVER_URL).pathname;
    served.push(path);
    let file: string | null = null;
    if (path.startsWith('/assets/')) {
      const rel = path.slice('/assets/'.length);
      file = resolveStatic(built, rel) ?? resolveStatic(assets, rel);
    } else {
      const route = ROUTES.find((r) => r.pattern.test(path));
      if (route) file = join(FIXTURES_DIR, route.file);
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
        rmSync(tmp, { recursive: true, force: true });
      }),
  };
}

/** Launch Chromium with the built extension against the fixture server. */
export async function launchWithExtension(options: { extensionDir?: string } = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`npm run build:chrome\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (never \`npx playwright install\`).`,
    );
  }
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'cg-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1200, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=MAP www.upwork.com 127.0.0.1:${server.port},MAP * ~NOTFOUND`,
      ],
    });
  } catch (error) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      origin: request.serviceWorker() ? 'service-worker' : 'page',
    });
  });

  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    serverUrl: SERVER_URL,
    server,
    requests,
    serviceWorker,
    open: async (path: string) => {
      const page = await context.newPage();
      await page.goto(new URL(path, SERVER_URL).href);
      return page;
    },
    close: async () => {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the fixture origin or the extension itself. */
export function foreignRequests(requests: readonly RecordedRequest[], extensionId: string): RecordedRequest[] {
  return requests.filter((r) => {
    const url = new URL(r.url);
    if (url.origin === SERVER_URL) return false;
    if (url.protocol === 'chrome-extension:' && url.host === extensionId) return false;
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return true;
  });
}
