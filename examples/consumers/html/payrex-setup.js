// Configuration in a module file of its own: a Content-Security-Policy with script-src 'self' blocks
// inline scripts. A live page passes createFetchAdapter({ baseUrl, headers }) instead of the demo backend.
import { createMemoryAdapter } from "/payrex-components/dist/payrex-components.js";

/** @type {import("/payrex-components/dist/payrex-components.js").PayrexProvider | null} */
const provider = document.querySelector("payrex-provider");
if (provider) provider.adapter = createMemoryAdapter();

/** @param {string} id @param {string} text */
function say(id, text) {
  const status = document.getElementById(id);
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

/** @type {HTMLButtonElement | null} */
const addAddress = document.querySelector("#add-address");
document.addEventListener("payrex-customer-saved", (e) => {
  say("customer-status", `Saved ${e.detail.customer.id}`);
  if (addAddress) {
    addAddress.dataset.customerId = e.detail.customer.id;
    addAddress.hidden = false;
  }
});
addAddress?.addEventListener("click", () => {
  const editor = document.createElement("payrex-address-editor");
  editor.customerId = addAddress.dataset.customerId;
  addAddress.replaceWith(editor);
});
document.addEventListener("payrex-address-saved", (e) => {
  const a = e.detail.customer.billing_details?.address;
  if (a) say("address-status", `Address saved: ${[a.line2, a.city, a.state].join(", ")}`);
});
