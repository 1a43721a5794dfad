// A small static file server for Debrief's built web app, bound to the loopback interface.
//
//   node scripts/serve.mjs [--dir build/wasm-release/dist] [--port 8080]
//
// Port 0 picks a free port. The line "Debrief is running at <url>" is printed once the server
// listens; the browser tests read the URL from it.
//
// Why not any static server: the app needs exact MIME types (`.wasm` must be application/wasm
// for streaming compilation, `.webmanifest` its own type), no-cache revalidation for the service
// worker and the page, and nothing served from outside the folder.
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function parseArgs(argv) {
  const options = { dir: 'build/wasm-release/dist', port: Number(process.env.PORT ?? 8080), host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--dir') options.dir = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--help') {
      console.log('usage: node scripts/serve.mjs [--dir <folder>] [--port <number>]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error(`port must be a number from 0 to 65535, not "${options.port}"`);
  return options;
}

// Maps a URL path onto a file inside `root`, or returns null when it would leave the folder.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url, 'http://localhost');
  let file = resolveInside(root, url.pathname);
  if (!file) {
    res.writeHead(400).end('Bad path');
    return;
  }
  let stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const headers = {
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    // Always revalidate: a stale page or worker must never pair with a newer .wasm.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const root = path.resolve(options.dir);
  const index = await fs.stat(path.join(root, 'index.html')).catch(() => null);
  if (!index) {
    console.error(`No built app in ${root}: build it first (see README.md).`);
    process.exit(1);
  }
  const server = http.createServer((req, res) => {
    handle(root, req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('Server error');
      else res.destroy();
    });
  });
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE'
      ? `Port ${options.port} is in use: pick another, for example PORT=8081.`
      : `Cannot serve: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const { port } = server.address();
    console.log(`Debrief is running at http://${options.host}:${port}/  (Ctrl+C stops it)`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(2);
});
