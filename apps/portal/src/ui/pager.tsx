/** "Forrige side · Side 2 af 7 · Næste side" under a paged list; nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  onPage,
  label,
  className,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  label: string;
  className: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className={className} aria-label={label}>
      <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Forrige side
      </button>
      <span>
        Side {page + 1} af {pages}
      </span>
      <button type="button" className="button button-secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        Næste side
      </button>
    </nav>
  );
}
