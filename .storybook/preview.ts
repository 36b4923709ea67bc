/// <reference types="vite/client" />
import { html } from "lit";
import type { Preview } from "@storybook/web-components-vite";
import { setCustomElementsManifest } from "@storybook/web-components";

// `npm run build:manifest` writes custom-elements.json; when it is there it feeds the docs tables
// (properties, events, parts, CSS properties). A glob keeps Storybook working before the first build.
const manifests = import.meta.glob<{ default: unknown }>("../custom-elements.json", { eager: true });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest.default);

const font = new CSSStyleSheet();
font.replaceSync(".payrex-story { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 16px; }");
document.adoptedStyleSheets = [...document.adoptedStyleSheets, font];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: "Language of the elements",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "fil", title: "Filipino" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Colour scheme of the elements",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "en", theme: "light" },
  decorators: [
    (story, { globals }) => {
      // Elements fall back to the page language and follow it when it changes, as in a real app.
      const root = document.documentElement;
      root.lang = globals.locale === "fil" ? "fil" : "en";
      const scheme = globals.theme === "dark" ? "dark" : "light";
      root.style.setProperty("--payrex-color-scheme", scheme);
      root.style.colorScheme = scheme;
      document.body.style.background = scheme === "dark" ? "#0f1115" : "#ffffff";
      // The elements inherit the page's font, as on a merchant site; give stories (and docs pages,
      // whose own font does not reach the story) a typical one.
      return html`<div class="payrex-story">${story()}</div>`;
    },
  ],
  parameters: {
    layout: "padded",
    controls: { expanded: true },
  },
};

export default preview;
