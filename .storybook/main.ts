import { createRequire } from "node:module";
import type { StorybookConfig } from "@storybook/web-components-vite";

const require = createRequire(import.meta.url);

/** Docs pages (the `autodocs` tag) come from @storybook/addon-docs; used when it is installed. */
function optional(name: string): string[] {
  try {
    require.resolve(`${name}/package.json`);
    return [name];
  } catch {
    return [];
  }
}

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.ts"],
  addons: ["@storybook/addon-vitest", ...optional("@storybook/addon-docs")],
  framework: { name: "@storybook/web-components-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own UI chunk is large by design; the library's budget is checked by `npm run size`.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
