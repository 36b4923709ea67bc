#!/usr/bin/env node
// Benchmark (not a test): requests per second and p50 / p99 latency of `createPayrexHandler` in
// sandbox mode, mounted on node:http as `npm start` mounts it, under 50 concurrent clients (autocannon)
// on 127.0.0.1 only. The server runs in a child process so the load generator does not share its event
// loop. A bare node:http server answering the same customer JSON runs first as the baseline.
// Goal: p99 under 20 ms for GET customer and GET list payments.
//
//   npm run bench:server                 # 10 s per case after 2 s of warm-up, store in a temporary SQLite file
//   npm run bench:server -- --seconds=5 --store=:memory:
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([^=]+)=?(.*)$/.exec(a)?.slice(1) ?? [a, ""]));
const SECONDS = Math.min(Math.max(Number(args.seconds ?? 10), 1), 30);
const CONNECTIONS = 50;
const GOAL_P99_MS = 20;
const SESSION = "bench-session";

if (args.serve !== undefined) await serve(args.serve, args.store);
else await main();

/** Child process: one server on 127.0.0.1, port reported to the parent. */
async function serve(kind, store) {
  const { demoIds } = await import("payrex-components");
  let listener;
  if (kind === "baseline") {
    const { createPayrexHandler } = await import("payrex-components/server");
    // The same customer JSON the handler answers, fetched once, then served as is.
    const handler = createPayrexHandler({ store, authorize: () => true });
    const body = await (await handler(new Request(`http://127.0.0.1/api/payrex/customers/${demoIds.customer}`))).text();
    listener = (req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(body);
    };
  } else {
    const [{ createPayrexHandler }, { getRequestListener }] = await Promise.all([
      import("payrex-components/server"),
      import("@hono/node-server"),
    ]);
    // A session lookup like a merchant's: the cookie names a session, the session its customer.
    const sessions = new Map([[SESSION, demoIds.customer]]);
    const handler = createPayrexHandler({
      store,
      authorize: ({ request, customerId }) => {
        const id = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
        return !!id && sessions.get(id) === customerId;
      },
    });
    // Warm up: seeding, migrations and the first queries happen before the clock starts.
    await handler(new Request(`http://127.0.0.1/api/payrex/customers/${demoIds.customer}`, { headers: { cookie: `sid=${SESSION}` } }));
    listener = getRequestListener(handler);
  }
  const server = createServer(listener);
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port, customer: demoIds.customer }));
  process.on("disconnect", () => process.exit(0));
}

function startChild(kind, store) {
  const child = fork(fileURLToPath(import.meta.url), [`--serve=${kind}`, `--store=${store}`], { stdio: "inherit" });
  return new Promise((ok, fail) => {
    child.once("message", (info) => ok({ ...info, stop: () => child.kill() }));
    child.once("exit", (code) => fail(new Error(`server process exited with ${code}`)));
  });
}

async function load(name, url) {
  const { default: autocannon } = await import("autocannon");
  const run = (duration) =>
    autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie: `sid=${SESSION}`, accept: "application/json" } });
  await run(2); // warm-up (JIT, connection pools, SQLite page cache), not counted
  const result = await run(SECONDS);
  const ok = result["2xx"];
  const bad = result.non2xx + result.errors + result.timeouts;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, bad };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "payrex-bench-"));
  const store = args.store ?? pathToFileURL(join(dir, "payrex.db")).href;
  console.log(`createPayrexHandler, sandbox mode, store ${args.store ?? "a temporary SQLite file"}; ${CONNECTIONS} connections, ${SECONDS} s per case, 127.0.0.1`);
  // Other work on the machine moves these figures: say how busy it was.
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min) at start`);
  const rows = [];
  try {
    const baseline = await startChild("baseline", ":memory:");
    rows.push(await load("baseline: node:http, fixed JSON", `http://127.0.0.1:${baseline.port}/`));
    baseline.stop();
    const server = await startChild("handler", store);
    const base = `http://127.0.0.1:${server.port}/api/payrex`;
    rows.push(await load("GET customer", `${base}/customers/${server.customer}`));
    rows.push(await load("GET list payments (limit 20)", `${base}/customers/${server.customer}/payments?limit=20`));
    server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\n${pad("case", 34)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("req/s vs baseline", 19)}responses`);
  for (const r of rows) {
    const ratio = `${(r.rps / rows[0].rps).toFixed(2)}x`;
    console.log(`${pad(r.name, 34)}${pad(Math.round(r.rps), 10)}${pad(r.p50, 9)}${pad(r.p99, 9)}${pad(ratio, 19)}${r.ok} 2xx, ${r.bad} other`);
  }
  const handlerRows = rows.slice(1);
  const met = handlerRows.every((r) => r.p99 < GOAL_P99_MS && r.bad === 0);
  console.log(`\nGoal: p99 < ${GOAL_P99_MS} ms for both handler cases: ${met ? "met" : "NOT met"}.`);
}
