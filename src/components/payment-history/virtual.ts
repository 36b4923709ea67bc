/**
 * The virtual-scrolling pieces, loaded only when a history grows long: most histories never need
 * them, and they weigh about as much as the rest of the element.
 */
export { virtualize, virtualizerRef } from "@lit-labs/virtualizer/virtualize.js";
// Printing matters only to a virtualised list (paper has no scrolling, so every loaded row is
// drawn then): watching for it comes with the virtualizer, not with every history.
export { PrintingController } from "./printing.js";
// A static layout import keeps the virtualizer from loading its default layout as yet another chunk.
export { flow } from "@lit-labs/virtualizer/layouts/flow.js";
