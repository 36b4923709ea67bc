import type {} from "payrex-components/types/svelte";
