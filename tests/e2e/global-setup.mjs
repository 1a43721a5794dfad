// Starts the app's own static server (scripts/serve.mjs) on a free loopback port for the whole
// test run and hands its URL to the tests in DEBRIEF_URL.
import { startServer } from './server.mjs';

export default async function globalSetup() {
  const server = await startServer();
  process.env.DEBRIEF_URL = server.url;
  return async () => server.stop();
}
