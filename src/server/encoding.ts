/**
 * PayRex takes form-encoded bodies with bracket notation: `metadata[order]=42`,
 * `billing_details[address][line1]=…`, `payment_settings[payment_methods][]=gcash`.
 */

/** Form-encodes a JSON-like value; `null` is sent as an empty value (PayRex's way to clear a field). */
export function formEncode(value: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (key: string, v: unknown): void => {
    if (v === undefined) return;
    if (Array.isArray(v)) v.forEach((item) => add(`${key}[]`, item));
    else if (v !== null && typeof v === "object") for (const [k, inner] of Object.entries(v)) add(`${key}[${k}]`, inner);
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(v === null ? "" : String(v))}`);
  };
  for (const [k, v] of Object.entries(value)) add(k, v);
  return pairs.join("&");
}

