import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("payrex-") } } })],
  build: { rollupOptions: { input: ["index.html", "baseline.html"] } },
});
