// Configuration in a module file of its own: a Content-Security-Policy with script-src 'self' blocks
// inline scripts. A live page passes createFetchAdapter({ baseUrl, headers }) instead of the demo backend.
import { createMemoryAdapter } from "/payrex-components/dist/payrex-components.js";

/** @type {import("/payrex-components/dist/payrex-components.js").PayrexProvider | null} */
const provider = document.querySelector("payrex-provider");
if (provider) provider.adapter = createMemoryAdapter();

document.addEventListener("payrex-customer-saved", (e) => {
  const status = document.querySelector("p");
  if (!status) return;
  status.textContent = `Saved ${e.detail.customer.id}`;
  status.dataset.saved = e.detail.customer.id;
  status.hidden = false;
});
