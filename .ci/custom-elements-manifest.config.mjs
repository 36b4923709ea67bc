// Custom Elements Manifest settings (`npm run build:manifest`). Elements register through the
// idempotent `defineElement(tag, Class)` helper rather than `customElements.define`, so this plugin
// records those calls as definitions; the analyzer then links each class to its tag.
import { readFileSync } from "node:fs";
import { posix } from "node:path";

function defineElementCalls() {
  return {
    name: "payrex-define-element-calls",
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== "defineElement") return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const name = cls.getText();
      // The class is imported by the registering file: point the definition at that module.
      let module = moduleDoc.path;
      for (const stmt of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(stmt)) continue;
        const bindings = stmt.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.getText() === name)) {
          const spec = stmt.moduleSpecifier.text;
          module = posix.join(posix.dirname(moduleDoc.path), spec).replace(/\.js$/, ".ts");
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: "custom-element-definition", name: tag.text, declaration: { name, module } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      // `customElements.define(tag, ctor)` inside the helper itself is no definition of an element.
      moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== "custom-element-definition" || e.name.includes("-"));
    },
  };
}

/**
 * Internal reactive state (`{ state: true }`, named `_…`) and protected/private members are not public
 * API: keep them out of the manifest (and so out of Storybook's controls and editor hints).
 */
function publicSurfaceOnly() {
  const plumbing = new Set(["implementation", "implementationReady", "implementationLoaded", "init"]);
  const internal = (m) =>
    m.name?.startsWith("_") || m.privacy === "private" || m.privacy === "protected" || plumbing.has(m.name);
  return {
    name: "payrex-public-surface-only",
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        // Lazily loaded implementation classes (`*.impl.ts`) are not API.
        mod.declarations = mod.declarations?.filter((d) => !/Impl$/.test(d.name ?? ""));
        mod.exports = mod.exports?.filter((e) => !/Impl$/.test(e.name ?? ""));
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => !internal(m));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.name?.startsWith("_") && !a.fieldName?.startsWith("_"));
        }
      }
    },
  };
}

/**
 * Event types, from the one place they are declared: `PayrexEventDetails` in src/core/events.ts gives
 * each payrex event's `detail` (`CustomEvent<{ customer: Customer }>`); `input` and `change` are plain
 * `Event`s. The framework template types (`npm run build:types`) are generated from these.
 */
function eventTypes() {
  const details = new Map();
  return {
    name: "payrex-event-types",
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.getText() !== "PayrexEventDetails") return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) {
          details.set(member.name.getText().replace(/^["']|["']$/g, ""), member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            if (event.type?.text) continue;
            if (details.has(event.name)) event.type = { text: `CustomEvent<${details.get(event.name)}>` };
            else if (event.name === "input" || event.name === "change") event.type = { text: "Event" };
          }
        }
      }
    },
  };
}

/**
 * The `.` export takes its values from small modules under src/public/ that only re-bind them (see
 * src/public/schemas.ts; they are not analysed): point each such export at the module that declares it.
 */
function throughPublicBindings() {
  return {
    name: "payrex-through-public-bindings",
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const declaredIn = new Map();
      for (const mod of modules) {
        if (mod.path.startsWith("src/public/")) continue;
        for (const decl of mod.declarations ?? []) if (!declaredIn.has(decl.name)) declaredIn.set(decl.name, mod.path);
      }
      for (const mod of modules) {
        for (const e of mod.exports ?? []) {
          const target = e.declaration?.module;
          if (!target || !/(^|\/)public\//.test(target) || !declaredIn.has(e.declaration.name)) continue;
          const from = posix.dirname(mod.path);
          const path = posix.relative(from, declaredIn.get(e.declaration.name)).replace(/\.ts$/, ".js");
          e.declaration.module = path.startsWith(".") ? path : `./${path}`;
        }
      }
    },
  };
}

/**
 * The manifest describes the public surface only: the modules that declare or register an element,
 * the entry modules package.json exports (their `exports` still name everything the entry offers),
 * and the modules of the elements' superclasses. Internal modules (controllers, templates, models,
 * data) are dropped. This runs after the analyzer's own packageLinkPhase, which has already copied
 * every inherited member, attribute and event onto the elements (with `inheritedFrom`).
 */
function publicModulesOnly() {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const entries = new Set();
  for (const target of Object.values(pkg.exports)) {
    const file = typeof target === "string" ? target : target.default;
    const m = /^\.\/dist\/(?:lib\/)?(.+)\.js$/.exec(file ?? "");
    if (m) entries.add(`src/${m[1]}.ts`);
  }
  const source = (path) => path.replace(/^\//, "").replace(/\.js$/, ".ts");
  return {
    name: "payrex-public-modules-only",
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const declaring = new Map();
      for (const mod of modules) for (const decl of mod.declarations ?? []) declaring.set(`${mod.path} ${decl.name}`, decl);
      const keep = new Set();
      for (const mod of modules) {
        const element = mod.declarations?.some((d) => d.customElement) || mod.exports?.some((e) => e.kind === "custom-element-definition");
        if (!element && !entries.has(mod.path)) continue;
        keep.add(mod.path);
        // Up the superclass chain, within the package.
        for (let decl of mod.declarations ?? []) {
          while (decl?.superclass?.module) {
            const path = source(decl.superclass.module);
            keep.add(path);
            decl = declaring.get(`${path} ${decl.superclass.name}`);
          }
        }
      }
      // And every module a kept module's exports point at (the `.` export's values and types), so
      // no reference in the manifest leads nowhere.
      const byPath = new Map(modules.map((mod) => [mod.path, mod]));
      for (let grew = true; grew; ) {
        grew = false;
        for (const path of [...keep]) {
          for (const e of byPath.get(path)?.exports ?? []) {
            const ref = e.declaration?.module;
            const target = ref && (ref.startsWith(".") ? source(posix.join(posix.dirname(path), ref)) : source(ref));
            if (target && byPath.has(target) && !keep.has(target)) {
              keep.add(target);
              grew = true;
            }
          }
        }
      }
      customElementsManifest.modules = modules.filter((mod) => keep.has(mod.path));
    },
  };
}

export default {
  plugins: [defineElementCalls(), publicSurfaceOnly(), eventTypes(), throughPublicBindings(), publicModulesOnly()],
};
