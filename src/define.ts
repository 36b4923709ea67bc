/** Registers every payrex element. Safe to import more than once, or next to another copy of the bundle. */
import "./provider.js";
import "./customer-form.js";
import "./address-editor.js";
import "./payment-history.js";
import "./statement-checkout.js";
import "./statement-editor.js";
import "./customer-directory.js";
