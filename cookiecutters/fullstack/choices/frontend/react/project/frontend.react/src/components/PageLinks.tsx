// Previous and next links under a list; the page is the address's ?page=.
import { Link } from "@tanstack/react-router";
import { PAGE_SIZE, pageNumber } from "../paging";

export function PageLinks({ page, total, noun }: { page: number; total: number; noun: string }) {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <nav className="pages" aria-label="Pages">
      {page > 1 ? (
        <Link to="." search={{ page: page - 1 }}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {last} · {total} {noun}
      </span>
      {page < last ? (
        <Link to="." search={{ page: page + 1 }}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The ?page= of a list's address, for its route's validateSearch. */
export function pageSearch(search: Record<string, unknown>): { page: number } {
  return { page: pageNumber(search.page) };
}
