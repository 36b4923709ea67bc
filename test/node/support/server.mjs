// Helpers for the server entry's Node tests: a fake PayRex on 127.0.0.1 and request builders.
import { createServer } from "node:http";
import { createHmac } from "node:crypto";

export const ORIGIN = "http://shop.test";
export const BASE = `${ORIGIN}/api/payrex`;
export const SECRET_KEY = "sk_test_" + "4Qf9ZsXw2LmN8pRtY6vBc3Hd";
export const WEBHOOK_SECRET = "whsk_test_" + "Jq7Lm2Np9Rs4Tv6Wx8Yz";

/**
 * A fake PayRex API. `reply(req)` answers each request: `{ status, body }`, a string body, or
 * "hang" (never answers) / "drop" (closes the connection). Every request is recorded.
 */
export async function fakePayrex(reply = () => ({ status: 200, body: {} })) {
  const requests = [];
  const sockets = new Set();
  const fake = {
    requests,
    reply,
    url: "",
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(resolve);
      }),
  };
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const entry = { method: req.method, path: req.url, headers: req.headers, body };
    requests.push(entry);
    const r = await fake.reply(entry, requests.length);
    if (r === "hang") return;
    if (r === "drop") return req.socket.destroy();
    res.writeHead(r.status ?? 200, { "content-type": "application/json" });
    res.end(typeof r.body === "string" ? r.body : JSON.stringify(r.body ?? {}));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${server.address().port}`;
  return fake;
}

/** A request to the handler; `json` sends a state change as the browser adapter does. */
export function req(path, { method = "GET", json, headers = {}, body, origin = ORIGIN } = {}) {
  const h = { accept: "application/json", ...headers };
  if (json !== undefined) {
    h["content-type"] ??= "application/json";
    if (origin) h.origin ??= origin;
  }
  return new Request(BASE + path, { method, headers: h, body: json !== undefined ? JSON.stringify(json) : body });
}

export const send = async (handler, path, init) => {
  const res = await handler(req(path, init));
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
};

/** A `Payrex-Signature` header for `rawBody`, as PayRex signs it. */
export function sign(rawBody, { secret = WEBHOOK_SECRET, t = Math.floor(Date.now() / 1000), live = false } = {}) {
  const sig = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex");
  return live ? `t=${t},te=,li=${sig}` : `t=${t},te=${sig},li=`;
}

export const webhook = (handler, event, options) => {
  const raw = JSON.stringify(event);
  return handler(
    new Request(`${BASE}/webhooks`, { method: "POST", headers: { "content-type": "application/json", "payrex-signature": sign(raw, options) }, body: raw }),
  );
};
