import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite ships WASM and must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  poweredByHeader: false,
  // `npm test` and CI run `tsc --noEmit` over the whole project first, so the build skips its own pass.
  typescript: { ignoreBuildErrors: true },
};

export default config;
