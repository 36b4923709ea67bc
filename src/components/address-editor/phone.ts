/**
 * Phone numbers to E.164. Philippine numbers are recognised in every way people write them
 * (`0917 123 4567`, `+63 917 123 4567`, `63917…`, `9171234567`, landlines such as `(02) 8123 4567`);
 * other countries need the international form (`+` or `00` and the calling code), which keeps the
 * main bundle free of a per-country numbering table.
 */

/** Philippine national significant numbers: mobile 9XX XXX XXXX, landlines area code + 7 or 8 digits. */
const PH_NSN = /^(?:9\d{9}|[2-8]\d{7,9})$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The E.164 form of `input` for an address in `country`, or null when it cannot be read as a number.
 * With the country's `callingCode`, a number written with it but without "+" is read too (browser
 * autofill fills US numbers as `16502530000`), and so is a ten-digit North American number.
 */
export function toE164(input: string, country: string, callingCode?: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  // Separators people type: spaces, dashes, dots, slashes, brackets.
  if (/[^\d+\s().\-/]/.test(raw)) return null;
  let digits = raw.replace(/[\s().\-/]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  if (digits.indexOf("+") > 0) return null;

  if (country === "PH" || digits.startsWith("+63")) {
    let nsn: string | undefined;
    if (digits.startsWith("+63")) nsn = digits.slice(3);
    else if (digits.startsWith("+")) nsn = undefined;
    // 11 digits or more is too long for a national number: the calling code written without its +.
    else if (digits.startsWith("63") && digits.length >= 11) nsn = digits.slice(2);
    else if (digits.startsWith("0")) nsn = digits.slice(1);
    else nsn = digits;
    // "+63 (0) 917 …": the trunk 0 written after the calling code.
    if (nsn?.startsWith("0")) nsn = nsn.slice(1);
    if (nsn !== undefined) return PH_NSN.test(nsn) ? `+63${nsn}` : null;
  }
  if (callingCode && !digits.startsWith("+")) {
    if (digits.startsWith(callingCode) && digits.length >= callingCode.length + 7) digits = `+${digits}`;
    // The North American plan has one national form: ten digits, area code first (not 0 or 1).
    else if (callingCode === "1" && /^[2-9]\d{9}$/.test(digits)) digits = `+1${digits}`;
  }
  return E164.test(digits) ? digits : null;
}
