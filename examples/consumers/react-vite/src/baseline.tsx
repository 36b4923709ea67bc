// The same app shell without payrex-components: the size baseline for `npm run test:consumers`.
import { useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [saved] = useState<string>();
  return <main>{saved && <p role="status">Saved {saved}</p>}</main>;
}

createRoot(document.getElementById("root")!).render(<App />);
