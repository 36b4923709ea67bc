"use client";
import { useState } from "react";

export function Status() {
  const [saved] = useState<string>();
  return saved ? <p role="status">Saved {saved}</p> : null;
}
