// Where `npm run build:lib` (tsc -p src/tsconfig.build.json) writes the library, read from that
// config so these tests follow it if the output folder moves.
import { readFileSync } from "node:fs";

const config = JSON.parse(readFileSync(new URL("../../src/tsconfig.build.json", import.meta.url), "utf8"));
const outDir = new URL(`${config.compilerOptions.outDir.replace(/\/?$/, "/")}`, new URL("../../src/", import.meta.url));

/** Imports a module of the built library by its path under src/ (`core/describe-error.js`). */
export const lib = (path) => import(new URL(path, outDir).href);
