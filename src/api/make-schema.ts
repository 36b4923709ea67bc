import * as z from "zod/mini";

/**
 * Builds a schema with `build` (zod calls), after telling zod not to use its JIT. zod probes
 * `new Function` when an object schema is made; under a strict Content-Security-Policy that probe is
 * reported as a violation even though it is caught, and parsing without the JIT is fast enough for
 * our payloads. Setting it here, with each schema, keeps it out of module evaluation (so bundlers may
 * drop unused schemas). The setting is zod's global configuration: an app whose own zod 4 is the same
 * copy (npm dedupes it) parses without the JIT too once one of these schemas is built.
 *
 * Written `const x = /* @__PURE__ *\/ makeSchema(() => z.object(…))` at a module's top level, it lets a
 * bundler drop a schema nobody uses together with every zod call inside it (a mark on the outer zod
 * call alone would keep the calls in its arguments).
 */
export const makeSchema = <T>(build: () => T): T => {
  z.config({ jitless: true });
  return build();
};
