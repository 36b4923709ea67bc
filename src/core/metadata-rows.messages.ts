/**
 * The metadata editor's strings (src/core/metadata-rows.ts), in English and Filipino, spread into the
 * catalogs of the elements that show it (the customer form, the statement editor), so each element's
 * namespace still answers for them and `setMessages` overrides them per element.
 */
export const metadataRowMessages = {
  en: {
    metadata: "Metadata",
    metadataHint: "Optional key–value pairs for your own records.",
    key: "Key",
    value: "Value",
    keyLabel: "Key {n}",
    valueLabel: "Value {n}",
    removeKey: "Remove {key}",
    metadata_key: "Enter a key for this value.",
    metadata_duplicate: "This key is already used. Each key must be different.",
  },
  fil: {
    metadata: "Metadata",
    metadataHint: "Opsyonal na mga key at value para sa sarili mong records.",
    key: "Key",
    value: "Value",
    keyLabel: "Key {n}",
    valueLabel: "Value {n}",
    removeKey: "Alisin ang {key}",
    metadata_key: "Maglagay ng key para sa value na ito.",
    metadata_duplicate: "Nagamit na ang key na ito. Dapat magkakaiba ang bawat key.",
  },
} as const;
