import { defineMessages } from "./i18n.js";

/**
 * The common catalog (namespace `common`): what every element says about failures, and its retry
 * label. Element catalogs never repeat these; `describeError` picks from here.
 */
export const common = defineMessages(
  "common",
  {
    retry: "Try again",
    loadFailed: "Part of this page could not be loaded. Check your connection and try again.",
    noAdapter:
      "This part of the page has no backend configured. Wrap it in <payrex-provider base-url=\"…\">, set its base-url attribute, or set its adapter property.",
    missingMethod: "The backend adapter has no {method} method, which this needs.",
    secretKey:
      "The base-url contains a PayRex secret key. Secret keys (sk_live_…, sk_test_…) must stay on your server: remove it from the page and roll the key in the PayRex dashboard.",
    network: "Could not connect. Check your connection and try again.",
    timeout: "This is taking too long. Please try again.",
    aborted: "This was stopped before it finished.",
    invalidResponse: "Something unexpected happened. Please try again later.",
    invalid: "Some details are not valid. Check them and try again.",
    http400: "This was not accepted.",
    http401: "Your session has expired. Sign in again, then try again.",
    http403: "You are not allowed to do this.",
    http404: "This could not be found. It may have been removed.",
    http409: "This was changed elsewhere. Reload and try again.",
    http422: "Some details were not accepted. Check them and try again.",
    http429: "Too many tries. Please wait a moment and try again.",
    http5xx: "Something went wrong. Please try again in a moment.",
  },
  {
    retry: "Subukang muli",
    loadFailed: "Hindi ma-load ang bahagi ng page na ito. Tingnan ang iyong koneksyon at subukang muli.",
    noAdapter:
      "Walang naka-configure na backend para sa bahaging ito ng page. Ilagay ito sa loob ng <payrex-provider base-url=\"…\">, lagyan ng base-url na attribute, o itakda ang adapter na property.",
    missingMethod: "Walang {method} na method ang backend adapter, na kailangan dito.",
    secretKey:
      "May PayRex secret key sa base-url. Hindi dapat lumabas sa iyong server ang mga secret key (sk_live_…, sk_test_…): alisin ito sa page at palitan (i-roll) ang key sa PayRex dashboard.",
    network: "Hindi makakonekta. Tingnan ang iyong koneksyon at subukang muli.",
    timeout: "Masyadong natatagalan. Pakisubukang muli.",
    aborted: "Nahinto ito bago natapos.",
    invalidResponse: "May hindi inaasahang nangyari. Pakisubukang muli mamaya.",
    invalid: "May mga detalyeng hindi tama. Pakisuri at subukang muli.",
    http400: "Hindi ito tinanggap.",
    http401: "Nag-expire na ang iyong session. Mag-sign in ulit, saka subukang muli.",
    http403: "Wala kang pahintulot na gawin ito.",
    http404: "Hindi ito mahanap. Baka natanggal na.",
    http409: "May ibang nagbago nito. I-reload at subukang muli.",
    http422: "May mga detalyeng hindi tinanggap. Pakisuri at subukang muli.",
    http429: "Masyadong maraming subok. Maghintay sandali at subukang muli.",
    http5xx: "Nagkaproblema. Pakisubukang muli maya-maya.",
  },
);

/** A key of the common catalog. */
export type CommonMessage = Parameters<typeof common>[1];
