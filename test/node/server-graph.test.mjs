// The server entry's static import graph: Web APIs only (it must run on Workers and Deno), no browser
// code, and the database client and node bridge only where they are needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../../dist/lib");
const STATIC = /^\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;

async function graph(entry) {
  const seen = new Set();
  const bare = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, "utf8");
    for (const m of code.matchAll(STATIC)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) await visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  await visit(resolve(dist, entry));
  return { files: [...seen].map((f) => f.slice(dist.length + 1)), bare: [...bare] };
}

test("payrex-components/server statically imports only zod and its own modules", async () => {
  const { files, bare } = await graph("server/index.js");
  assert.deepEqual(bare.sort(), ["zod/mini"]);
  assert.ok(files.every((f) => f.startsWith("server/") || f.startsWith("api/")), files.join(", "));
  assert.ok(!files.some((f) => /components|core|define/.test(f)));
  assert.ok(!files.includes("api/demo-data.js"), "demo data loads only when a sandbox seeds");
});

test("payrex-components/server/node adds only @hono/node-server", async () => {
  const { bare } = await graph("server/node.js");
  assert.deepEqual(bare.sort(), ["@hono/node-server"]);
});

test("the browser entries never reach the server code", async () => {
  for (const entry of ["index.js", "define.js"]) {
    const { files } = await graph(entry);
    assert.ok(!files.some((f) => f.startsWith("server/")), entry);
  }
});
