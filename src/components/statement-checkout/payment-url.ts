/**
 * The payment page to send the customer to, or null unless it is an absolute `https:` URL without
 * credentials (`https://payrex.example@evil.example/` reads as one host and goes to another).
 */
export function safePaymentUrl(raw: string | null | undefined): string | null {
  try {
    const url = new URL(raw ?? "");
    return url.protocol === "https:" && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}
