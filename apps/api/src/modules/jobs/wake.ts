/*
 * A job queued in this process wakes this process's worker at once (others find it at their next poll): the
 * portal's import starts without waiting for a poll interval. A leaf module, so services and the worker share it.
 */
const listeners = new Set<() => void>();

export function onJobQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function jobQueued(): void {
  for (const listener of listeners) listener();
}
