/** "Henter …" while a query runs; announced politely to screen readers. */
export function Loading({ text = "Henter …" }: { text?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
