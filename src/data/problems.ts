import type { Problem } from './types';

/** Validation stops collecting problems after this many. */
export const MAX_PROBLEMS = 50;

/** Collects validation problems, keeping the first `MAX_PROBLEMS`. */
export class Problems {
  readonly list: Problem[] = [];
  /** Problems found, including those past the cap: compare before and after a check to see if it failed. */
  found = 0;

  // Equivalent mutants: `add` caps the list anyway; stopping early only saves time.
  // Stryker disable all
  get full(): boolean {
    return this.found >= MAX_PROBLEMS;
  }
  // Stryker restore all

  add(path: string, message: string): void {
    this.found++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, message });
  }
}
