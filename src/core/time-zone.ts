import { PayrexError } from "../api/errors.js";
import { emit } from "./events.js";

/** The time zone of a PayRex merchant unless told otherwise. */
export const MERCHANT_TIME_ZONE = "Asia/Manila";

/** Whether `Intl` (so this browser) knows the IANA time zone `zone`. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The merchant's time zone for an element's `time-zone` attribute: the dates of a statement (issued,
 * due) are the calendar dates there, wherever the reader is. An unknown zone is reported once as
 * `payrex-error` and Asia/Manila is used.
 */
export class MerchantTimeZone {
  /** The zone dates are shown in. */
  zone = MERCHANT_TIME_ZONE;
  private _asked?: string;

  constructor(private readonly host: HTMLElement) {}

  /** Takes the element's `time-zone` (call from `willUpdate`); returns the zone to use. */
  update(asked: string | undefined): string {
    asked ||= MERCHANT_TIME_ZONE;
    if (asked === this._asked) return this.zone;
    this._asked = asked;
    this.zone = isTimeZone(asked) ? asked : MERCHANT_TIME_ZONE;
    if (this.zone !== asked) {
      const message = `time-zone "${asked}" is not a time zone this browser knows: dates are shown in ${MERCHANT_TIME_ZONE}.`;
      emit(this.host, "payrex-error", { error: new PayrexError("validation", message) });
    }
    return this.zone;
  }
}
