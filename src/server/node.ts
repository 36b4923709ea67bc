/**
 * `payrex-components/server/node`: mounts the Fetch-API handler on node:http, Express or Connect,
 * through @hono/node-server's request listener (an optional peer dependency, needed only here).
 *
 *   http.createServer(toNodeListener(handler)).listen(3000);
 *   app.use(toNodeListener(handler)); // Express / Connect: before any body parser
 */
import { getRequestListener } from "@hono/node-server";
import type { PayrexHandler } from "./types.js";

export interface NodeListenerOptions {
  /** Host name for request URLs when the request has no Host header. */
  hostname?: string;
}

type Listener = ReturnType<typeof getRequestListener>;
type IncomingLike = Parameters<Listener>[0] & { url?: string; originalUrl?: string };

/**
 * A `(req, res, next?) => Promise<void>` listener serving `handler`. As Express / Connect middleware
 * it passes requests outside the handler's `basePath` on to `next`, and works at any mount point.
 */
export function toNodeListener(handler: PayrexHandler, options: NodeListenerOptions = {}) {
  const listen = getRequestListener((request) => handler(request), { hostname: options.hostname });
  const base = handler.basePath;
  return (req: IncomingLike, res: Parameters<Listener>[1], next?: (error?: unknown) => void): Promise<void> => {
    // Express rewrites `url` under a mount path; the handler routes on the full path.
    if (req.originalUrl) req.url = req.originalUrl;
    const path = (req.url ?? "/").split("?")[0]!;
    if (next && path !== base && !path.startsWith(base + "/")) {
      next();
      return Promise.resolve();
    }
    return listen(req, res);
  };
}
