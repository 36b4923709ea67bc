// Every catalog follows docs/GLOSSARY.md: checked on the catalogs' source text, so a string added to
// any element's catalog is held to the same words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const src = join(dirname(fileURLToPath(import.meta.url)), "../../src");
const components = join(src, "components");
const catalogs = [
  "core/messages.ts",
  "core/metadata-rows.messages.ts",
  "core/billing-labels.ts",
  "components/address-editor/ph-cascade.ts",
  "components/address-editor/formats.lazy.ts",
  ...readdirSync(components).flatMap((dir) =>
    readdirSync(join(components, dir))
      .filter((f) => f.endsWith(".messages.ts"))
      .map((f) => `components/${dir}/${f}`),
  ),
];

/** The string and template literals of a source file (its messages, with a few import paths and keys). */
function strings(file) {
  const text = readFileSync(join(src, file), "utf8");
  return [...text.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2]);
}

// Setup messages a merchant's developer reads while integrating (no backend, a secret key, a missing
// adapter method) are the one exception to the developer-words rule.
const setup = (s) => /<payrex-provider|sk_live_|pk_live_|\{method\} method/.test(s);

const banned = [
  [/pahayag ng singil/i, 'a billing statement is "billing statement" in Filipino too'],
  [/takdang petsa/i, '"Due date", not "takdang petsa"'],
  [/\bsusi/i, '"Key", not "susi"'],
  [/\bbukas\b/i, 'an open statement is "Hindi pa bayad": "Bukas" also means tomorrow'],
  [/lampas na/i, '"Overdue" / "{n} araw nang overdue"'],
  [/pinawalang-bisa|\bborador\b|nakabinbin|ibinalik ang bayad/i, 'statuses: "Kinansela", "Draft", "Pending", "Na-refund"'],
  [/katayuan|paglalarawan/i, '"Status", "Description"'],
  [/\bbank statement\b/i, 'GCash, Maya and QR Ph payers have no bank statement: "statement"'],
  [/\b(requests?|kahilingan|elements?|elemento|resources?)\b/i, "no developer words"],
  [/\bserver\b/i, "no developer words"],
];

test("the glossary's catalogs are all checked", () => {
  for (const dir of ["customer-form", "address-editor", "payment-history", "statement-checkout", "statement-editor", "customer-directory"]) {
    assert.ok(catalogs.includes(`components/${dir}/${dir}.messages.ts`), dir);
  }
});

for (const file of catalogs) {
  test(`${file} follows the glossary`, () => {
    const found = strings(file);
    assert.ok(found.length > 5, "no strings read");
    for (const s of found) {
      if (setup(s)) continue;
      for (const [word, rule] of banned) assert.doesNotMatch(s, word, `${rule}: ${JSON.stringify(s)}`);
    }
  });
}

test("the metadata editor says Key and Value in Filipino; Halaga means Amount only", () => {
  const text = readFileSync(join(src, "core/metadata-rows.messages.ts"), "utf8");
  const fil = text.slice(text.indexOf("fil:"));
  assert.match(fil, /key: "Key"/);
  assert.match(fil, /value: "Value"/);
  assert.doesNotMatch(fil, /halaga/i);
});
