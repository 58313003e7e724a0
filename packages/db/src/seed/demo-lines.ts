/** The id of the demo budget's line whose name starts with `prefix` (the seed names lines as the source documents do). */
export function lineByPrefix(lines: ReadonlyMap<string, string>, prefix: string): string {
  for (const [name, id] of lines) if (name.startsWith(prefix)) return id;
  throw new Error(`Demo data: no line ${prefix}`);
}
