// The same app shell without payrex-components: the size baseline for `npm run test:consumers`.
import { Component, signal } from "@angular/core";
import { bootstrapApplication } from "@angular/platform-browser";

@Component({
  selector: "app-baseline",
  template: `@if (saved(); as id) {
    <p role="status">Saved {{ id }}</p>
  }`,
})
class Baseline {
  readonly saved = signal<string | undefined>(undefined);
}

bootstrapApplication(Baseline).catch((error: unknown) => console.error(error));
