/**
 * Runs `build`. Written `const x = /* @__PURE__ *\/ pure(() => z.object(…))` at a module's top level,
 * it lets a bundler drop a schema nobody uses together with every zod call inside it (a mark on the
 * outer zod call alone would keep the calls in its arguments).
 */
export const pure = <T>(build: () => T): T => build();
