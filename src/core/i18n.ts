/**
 * Message catalogs. The common catalog (`./messages.ts`) holds what every element says (errors,
 * retry); each element ships its own catalog (en + fil) with only the strings it renders. Merchants
 * can override any string with `setMessages`.
 */
export type Params = Record<string, string | number>;
export type Message = string | ((params: Params, locale: string) => string);
export type Catalog = Record<string, Message>;
/** Translates `key` of one namespace; `K` lists the keys, so a misspelt key fails the type check. */
export type Translate<K extends string = string> = (locale: string, key: K, params?: Params) => string;

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

function translator(namespace: string, catalogs: { en: Catalog; fil: Catalog }): Translate {
  // English and then the key itself answer only for keys a merchant added with setMessages.
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

/**
 * Declares a namespace's catalogs and returns its translate function. The English catalog defines
 * the keys: the Filipino one must have exactly those keys (a missing or misspelt one fails
 * `npm run typecheck`), and so must every call of the returned function.
 *
 * ```ts
 * export const t = defineMessages("customer-form", { save: "Save" }, { save: "I-save" });
 * t(locale, "save");
 * ```
 */
export function defineMessages<const K extends string>(
  namespace: string,
  en: Record<K, Message>,
  fil: NoInfer<Record<K, Message>>,
): Translate<K> {
  return translator(namespace, { en, fil });
}

/**
 * Picks a plural form by the rules of the catalog's language (the words are English or Filipino,
 * whatever the locale: `fr` must not make "0 payment"), and fills `{n}` with `n` formatted for
 * `locale` ("1,634"), like the amounts and dates around it.
 */
export const plural = (locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  fill(forms[new Intl.PluralRules(catalogLanguage(locale)).select(n)] ?? forms.other, { n: formatCount(n, locale) });

/** A number as a message shows it, formatted for `locale` ("1,634"). */
export const formatCount = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);
