import type { NextConfig } from "next";

const config: NextConfig = {
  // `npm run typecheck` checks the types first.
  typescript: { ignoreBuildErrors: true },
};
export default config;
