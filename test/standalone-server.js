// Pages that load the single-file builds (dist/standalone/<name>.js) as a merchant's page does, with
// a strict Content-Security-Policy header (no 'unsafe-inline', no 'unsafe-eval'), for
// test/standalone.test.ts, which opens them in an iframe:
//   /standalone-page/<name>+<name>…   <script type="module"> for each dist/standalone/<name>.js, in
//                                     that order, and an empty <payrex-provider>
//   /standalone-page/report.js        notes CSP violations and uncaught errors in `window.__report`
// The test gives the provider its adapter and adds the elements.
export const STANDALONE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const report = `window.__report = { violations: [], errors: [] };
document.addEventListener("securitypolicyviolation", (e) =>
  window.__report.violations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " (" + e.sourceFile + ":" + e.lineNumber + ")"),
);
addEventListener("error", (e) => window.__report.errors.push(String(e.message)));
addEventListener("unhandledrejection", (e) => window.__report.errors.push(String(e.reason && e.reason.stack || e.reason)));
`;

/** A middleware of the test runner's server (`middleware` in web-test-runner.config.js). */
export async function standalonePages(ctx, next) {
  const match = /^\/standalone-page\/([\w+-]+?)(\.js)?$/.exec(ctx.path);
  if (!match) return next();
  ctx.set("Content-Security-Policy", STANDALONE_CSP);
  ctx.set("Cache-Control", "no-store");
  if (match[2]) {
    if (match[1] !== "report") return next();
    ctx.type = "text/javascript";
    ctx.body = report;
    return;
  }
  const names = match[1].split("+");
  if (!names.every((n) => /^[a-z-]+$/.test(n))) return next();
  ctx.type = "text/html";
  ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${names.join(" + ")}</title>
    <script src="/standalone-page/report.js"></script>
${names.map((n) => `    <script type="module" src="/dist/standalone/${n}.js"></script>`).join("\n")}
  </head>
  <body>
    <payrex-provider locale="en"></payrex-provider>
  </body>
</html>`;
}
