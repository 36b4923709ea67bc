// `npm run build:types`: template types for frameworks, generated from custom-elements.json with the
// custom-elements-manifest ecosystem's generators into types/generated/. The hand-written entries next
// to them (types/react.d.ts, …) plug those types into each framework's own element map.
import { readFileSync } from "node:fs";
import { generateJsxTypes } from "custom-element-jsx-integration";
import { generateVuejsTypes } from "custom-element-vuejs-integration";
import { generateSolidJsTypes } from "custom-element-solidjs-integration";

const manifest = JSON.parse(readFileSync(new URL("../custom-elements.json", import.meta.url), "utf8"));

// What the generators read differs from the manifest in two ways:
// - they write `CustomEvent<type>` for an event, taking its manifest type as the `detail`: hand them
//   the detail as declared for `GlobalEventHandlersEventMap` (plain `input`/`change` keep none);
// - they offer every public field as a settable prop: leave out read-only ones (getters such as
//   `validity` or `statement`);
// - they type an attribute as its field's type: an attribute without a field (`render-root`, read
//   once from the DOM) would come out as `any`, so it is left to the framework's own rules for
//   unknown hyphenated attributes.
const input = structuredClone(manifest);
for (const mod of input.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    for (const event of decl.events ?? []) {
      event.type = event.name.startsWith("payrex-")
        ? { text: `GlobalEventHandlersEventMap[${JSON.stringify(event.name)}]["detail"]` }
        : undefined;
    }
    if (decl.members) decl.members = decl.members.filter((m) => !m.readonly);
    if (decl.attributes) decl.attributes = decl.attributes.filter((a) => a.fieldName);
  }
}

const options = {
  outdir: new URL("../types/generated/", import.meta.url).pathname,
  // Element classes (and, through them, the typed events) come from the package's own types.
  globalTypePath: "payrex-components",
  hideLogs: true,
};
generateJsxTypes(input, { ...options, fileName: "jsx.d.ts" });
// vue-tsc looks up `@payrex-customer-saved` as the prop `onPayrexCustomerSaved` (Vue's own naming,
// which it also uses at run time); the generator writes `on` + the event's name, so it gets that name.
const vueInput = structuredClone(input);
for (const mod of vueInput.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    for (const event of decl.events ?? []) {
      event.name = event.name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
    }
    // It also looks up `:customer-id="…"` (and plain `customer-id="…"`) as the prop `customerId`, the
    // name Vue normalises a hyphenated attribute to: list each attribute under its camelCase name.
    // The field behind such an attribute is then listed once, as the attribute.
    for (const attr of decl.attributes ?? []) {
      attr.name = attr.name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    }
    const names = new Set((decl.attributes ?? []).map((a) => a.name));
    if (decl.members) decl.members = decl.members.filter((m) => !names.has(m.name));
  }
}
generateVuejsTypes(vueInput, { ...options, fileName: "vue.d.ts" });
generateSolidJsTypes(input, { ...options, fileName: "solid.d.ts" });
console.log("Framework template types written to types/generated/ (jsx, vue, solid).");
