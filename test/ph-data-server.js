// Self-hosted Philippine place data as the address editor's tests meet it (`dataUrl` names a folder
// of ES modules: dist/ph/ as `npm run build:lib` writes it), served by the test runner:
//   /ph-data/html/…          a web page (200, text/html) where the modules should be
//   /ph-data/other/…         a JavaScript module of another shape
//   /ph-data/offline/…       the connection drops, as offline
//   /ph-data/held/<key>/…    dist/ph/, but ph-index.js only once the page asks for /ph-data/release/<key>
//   /ph-data/flaky/<key>/…   dist/ph/, but the first barangay module asked for answers 503
//   /ph-data/ok/…            dist/ph/
// Any other folder is a 404.
const released = new Map();
const release = (key) => {
  let entry = released.get(key);
  if (!entry) {
    let open;
    entry = { promise: new Promise((resolve) => (open = resolve)), open };
    released.set(key, entry);
  }
  return entry;
};
const failed = new Set();

/** A middleware of the test runner's server (`middleware` in web-test-runner.config.js). */
export async function phDataServer(ctx, next) {
  const match = /^\/ph-data\/(\w+)\/(?:([\w-]+)\/)?([\w.-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, key, file] = match;
  if (kind === "release") {
    release(file).open();
    ctx.status = 204;
    return;
  }
  if (kind === "html") {
    ctx.type = "text/html";
    ctx.body = "<!doctype html><title>Home</title>";
    return;
  }
  if (kind === "other") {
    ctx.type = "text/javascript";
    ctx.body = 'export const hello = "world";\n';
    return;
  }
  if (kind === "offline") {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (kind === "held" && file === "ph-index.js") await release(key).promise;
  if (kind === "flaky" && /^ph-barangays-/.test(file) && !failed.has(key)) {
    failed.add(key);
    ctx.status = 503;
    return;
  }
  if (!["ok", "held", "flaky"].includes(kind)) return next();
  ctx.url = `/dist/ph/${file}`;
  return next();
}
