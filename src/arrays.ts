/**
 * Empties `array` in place. A hot path's reused array is emptied this way rather than with
 * `array.length = 0`, which V8 runs as a call into its runtime (about 30 ns against 5 for a
 * short array's pops).
 */
export function emptyArray(array: unknown[]): void {
  while (array.length > 0) array.pop();
}
