import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = process.env.E2E_PGLITE_DIR ?? `/tmp/portal-e2e-${process.pid}/pglite`;

export const E2E_PASSWORD = "e2e-demo-password";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // A fresh embedded database seeded with the demo data, on its own port.
    command: `rm -rf ${dataDir} && node --import tsx server.ts`,
    url: `http://localhost:${port}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      PGLITE_DIR: dataDir,
      DATABASE_URL: "",
      DEMO: "1",
      DEMO_PASSWORD: E2E_PASSWORD,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    },
  },
});
