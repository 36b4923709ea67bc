// The same page without payrex-components: the size baseline for `npm run test:consumers`.
import { Status } from "./counter";

export default function Page() {
  return (
    <main>
      <h1>New customer</h1>
      <Status />
    </main>
  );
}
