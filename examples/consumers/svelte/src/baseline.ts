// The same app shell without payrex-components: the size baseline for `npm run test:consumers`.
import { mount } from "svelte";
import Baseline from "./Baseline.svelte";

mount(Baseline, { target: document.getElementById("app")! });
