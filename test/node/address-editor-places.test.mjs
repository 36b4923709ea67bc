// The Philippine pickers' cascade is plain data: checked in Node against tsc's output and the real
// place index (dist/ph/ph-index.js, written by `npm run build:lib`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { PlacePicks, regionLabel } = await lib("components/address-editor/ph-places.js");
const { parsePhIndex } = await lib("components/address-editor/ph-data.js");
const index = parsePhIndex((await import("../../dist/ph/ph-index.js")).index);

const city = (name, province) => {
  const hits = index.cities.filter((c) => c.name === name && (!province || c.province.name === province));
  assert.equal(hits.length, 1, `${name} in ${province ?? "the Philippines"}`);
  return hits[0];
};
const region = (name) => index.regions.find((r) => r.name.startsWith(name));
const province = (name) => index.provinces.find((p) => p.name === name);

/** Quezon City, barangay Pinyahan, postal code 1100: picked as a user would. */
function quezonCity() {
  const picks = new PlacePicks(index);
  picks.pickCity(city("Quezon City"));
  picks.barangay = "Pinyahan";
  picks.postal = "1100";
  return picks;
}

test("another city clears the old city's barangay and postal code, and says so", () => {
  const picks = quezonCity();
  const change = picks.pickCity(city("City of San Fernando", "Pampanga"));
  assert.deepEqual(change, { cleared: ["line2", "postal_code"], restored: [] });
  assert.deepEqual(picks.address(), { state: "Pampanga", city: "City of San Fernando", line2: "" });
  assert.equal(picks.postal, "");
  assert.equal(picks.region.name, "Region III (Central Luzon)");
  // The same city again changes nothing.
  picks.barangay = "Dolores";
  assert.deepEqual(picks.pickCity(picks.city), { cleared: [], restored: [] });
  assert.equal(picks.barangay, "Dolores");
});

test("a new region or province clears what is not in it; one that holds it keeps it", () => {
  const picks = quezonCity();
  assert.deepEqual(picks.pickRegion(region("National Capital")), { cleared: [], restored: [] });
  assert.equal(picks.cityText, "Quezon City");
  assert.deepEqual(picks.pickRegion(region("Region VII")), { cleared: ["state", "city", "line2", "postal_code"], restored: [] });
  assert.deepEqual([picks.provinceText, picks.cityText, picks.barangay, picks.postal], ["", "", "", ""]);
  const again = quezonCity();
  assert.deepEqual(again.pickProvince(province("City of Makati")), { cleared: ["city", "line2", "postal_code"], restored: [] });
  // A highly urbanised city is its own only city: picked with it.
  assert.equal(again.cityText, "City of Makati");
});

test("clearing a picked city (Escape, or deleting its text) clears its barangay and postal code; picking it again brings them back", () => {
  const picks = quezonCity();
  assert.deepEqual(picks.type("city", ""), { cleared: ["line2", "postal_code"], restored: [] });
  assert.deepEqual(picks.address(), { state: "Metro Manila", city: "", line2: "" });
  assert.equal(picks.provinceText, "Quezon City");
  assert.deepEqual(picks.pickCity(city("Quezon City")), { cleared: [], restored: ["line2", "postal_code"] });
  assert.equal(picks.barangay, "Pinyahan");
  assert.equal(picks.postal, "1100");
  // Another city instead: they stay cleared.
  picks.type("city", "Mak");
  assert.deepEqual(picks.pickCity(city("City of Makati")), { cleared: [], restored: [] });
  assert.deepEqual([picks.barangay, picks.postal], ["", ""]);
});

test("while the region is retyped (or cleared with Escape) nothing below it stands; the same region brings it all back", () => {
  for (const typed of ["Nat", ""]) {
    const picks = quezonCity();
    assert.deepEqual(picks.type("region", typed), { cleared: ["state", "city", "line2", "postal_code"], restored: [] });
    assert.deepEqual([picks.regionText, picks.provinceText, picks.cityText, picks.barangay, picks.postal], [typed, "", "", "", ""]);
    assert.equal(picks.region, undefined);
    // More typing clears nothing more.
    assert.deepEqual(picks.type("region", `${typed}i`), { cleared: [], restored: [] });
    assert.deepEqual(picks.pickRegion(region("National Capital")), { cleared: [], restored: ["state", "city", "line2", "postal_code"] });
    assert.deepEqual(picks.address(), { state: "Metro Manila", city: "Quezon City", line2: "Pinyahan" });
    assert.equal(picks.postal, "1100");
  }
  const other = quezonCity();
  other.type("region", "Cen");
  assert.deepEqual(other.pickRegion(region("Region VII")), { cleared: [], restored: [] });
  assert.deepEqual([other.provinceText, other.cityText, other.barangay, other.postal], ["", "", "", ""]);
});

test("retyping the city and then the region keeps how things were before either", () => {
  const picks = quezonCity();
  picks.type("city", "Q");
  assert.deepEqual(picks.type("region", "N"), { cleared: ["state", "city"], restored: [] });
  assert.deepEqual(picks.pickRegion(region("National Capital")), { cleared: [], restored: ["state", "city", "line2", "postal_code"] });
  assert.equal(picks.cityText, "Quezon City");
  assert.equal(picks.city, city("Quezon City"));
});

test("free text below a region is left alone, and a value is read back from the data", () => {
  const picks = new PlacePicks(index);
  picks.type("city", "Bagong Lungsod");
  picks.postal = "9999";
  assert.deepEqual(picks.pickRegion(region("Region VII")), { cleared: [], restored: [] });
  assert.equal(picks.cityText, "Bagong Lungsod");
  picks.assign("Metro Manila", "Quezon City", "Pinyahan", "1100");
  assert.equal(picks.region.name, "National Capital Region (NCR)");
  assert.deepEqual(picks.address(), { state: "Metro Manila", city: "Quezon City", line2: "Pinyahan" });
  picks.assign("Metro Manila", "City of Manila", "Barangay 105, Tondo I/II", "1012");
  assert.equal(picks.cityText, "Tondo I/II");
  assert.equal(picks.barangay, "Barangay 105");
});

test("region names fit a field: PSGC's, or a short form for the two long ones", () => {
  const labels = index.regions.map(regionLabel);
  assert.ok(labels.every((l) => l.length <= 32), labels.join(" | "));
  assert.ok(labels.includes("Cordillera (CAR)"));
  assert.ok(labels.includes("Bangsamoro (BARMM)"));
  assert.ok(labels.includes("National Capital Region (NCR)"));
});

test("the place index is checked row by row: a province is exactly [code, region, name, cities]", () => {
  const raw = { v: "1", r: [["01", "Ilocos Region", "Ilocos"]], p: [["28", "01", "Ilocos Norte", [["2801", "Adams"]]]], s: [0] };
  const parsed = parsePhIndex(raw);
  assert.deepEqual(
    parsed.cities.map((c) => [c.psgc, c.name, c.province.name, c.province.region.name]),
    [["012801000", "Adams", "Ilocos Norte", "Ilocos Region"]],
  );
  const withRow = (row) => ({ ...raw, p: [row] });
  assert.throws(() => parsePhIndex(withRow(["28", "01", "Ilocos Norte"])), "three items");
  assert.throws(() => parsePhIndex(withRow(["28", "01", "Ilocos Norte", [], "extra"])), "five items");
  assert.throws(() => parsePhIndex(withRow(["28", 1, "Ilocos Norte", []])), "a region code that is not a string");
  assert.throws(() => parsePhIndex(withRow(["28", "01", "Ilocos Norte", [[{}]]])), "a city field that is neither string nor number");
  assert.throws(() => parsePhIndex(withRow({ 0: "28", 1: "01", 2: "Ilocos Norte", 3: [] })), "an object instead of a row");
});
