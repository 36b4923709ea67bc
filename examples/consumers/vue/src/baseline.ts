// The same app shell without payrex-components: the size baseline for `npm run test:consumers`.
import { createApp, h, ref } from "vue";

const saved = ref<string>();
createApp({ render: () => (saved.value ? h("p", { role: "status" }, saved.value) : null) }).mount("#app");
