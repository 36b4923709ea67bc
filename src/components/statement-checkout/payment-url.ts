/** The payment page to send the customer to, or null unless it is an absolute `https:` URL. */
export function safePaymentUrl(raw: string | null | undefined): string | null {
  try {
    const url = new URL(raw ?? "");
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
