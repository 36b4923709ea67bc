/** Hosts that never leave the machine: a local sandbox pay page may be plain `http:` there. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The payment page to send the customer to, or null unless it is an absolute `https:` URL (or an
 * `http:` URL on a loopback host, for a local sandbox) without credentials
 * (`https://payrex.example@evil.example/` reads as one host and goes to another).
 */
export function safePaymentUrl(raw: string | null | undefined): string | null {
  try {
    const url = new URL(raw ?? "");
    const secure = url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    return secure && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}
