/** The id saved for a demo key (an organisation's key, a project's code, a user's e-mail); a typo fails the seed. */
export function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refer to unknown key ${key}`);
  return value;
}
