/**
 * Message catalogs. Each element ships its own catalog (en + fil) so a per-element entry carries only
 * the strings it renders; merchants can override any string with `setMessages`.
 */
export type Params = Record<string, string | number>;
export type Message = string | ((params: Params, locale: string) => string);
export type Catalog = Record<string, Message>;
export type Translate = (locale: string, key: string, params?: Params) => string;

export const SUPPORTED_LOCALES = ["en", "fil"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const overrides = new Map<string, Catalog>();

/** The catalog language for a BCP 47 tag: `fil` / `tl` (and their regional forms) speak Filipino, all else English. */
export const catalogLanguage = (locale: string | undefined | null): SupportedLocale =>
  /^(fil|tl)(-|_|$)/i.test(locale ?? "") ? "fil" : "en";

/**
 * Override or add strings, e.g. `setMessages("fil", "customer-form", { save: "I-save" })`.
 * Elements pick the change up on their next render.
 */
export function setMessages(locale: string, namespace: string, messages: Catalog): void {
  const key = `${catalogLanguage(locale)}:${namespace}`;
  overrides.set(key, { ...overrides.get(key), ...messages });
}

const fill = (text: string, params: Params | undefined) =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;

/** Builds the translate function for one namespace; `en` is the fallback for any missing key. */
export function createTranslator(namespace: string, catalogs: { en: Catalog; fil: Catalog }): Translate {
  return (locale, key, params) => {
    const lang = catalogLanguage(locale);
    const message =
      overrides.get(`${lang}:${namespace}`)?.[key] ??
      catalogs[lang][key] ??
      overrides.get(`en:${namespace}`)?.[key] ??
      catalogs.en[key] ??
      key;
    return typeof message === "function" ? message(params ?? {}, locale) : fill(message, params);
  };
}

/** Picks a plural form with `Intl.PluralRules`. */
export const plural = (locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  fill(forms[new Intl.PluralRules(locale).select(n)] ?? forms.other, { n });
