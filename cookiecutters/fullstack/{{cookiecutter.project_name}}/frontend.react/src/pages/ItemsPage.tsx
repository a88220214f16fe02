{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/pages/ItemsPage.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "@tanstack/react-router";
import { listItemsApiV1ItemsGetOptions } from "../client/@tanstack/react-query.gen";
import { ErrorMessage } from "../components/ErrorMessage";
import { PageLinks } from "../components/PageLinks";
import { pageQuery } from "../paging";
import { useCurrentUser } from "../user";

export function ItemsPage() {
  const { page } = useSearch({ from: "/" });
  const user = useCurrentUser();
  const items = useQuery({
    ...listItemsApiV1ItemsGetOptions({ query: pageQuery(page) }),
    placeholderData: keepPreviousData, // the page shown stays until the next arrives
  });

  return (
    <section>
      <div className="heading">
        <h1>Items</h1>
        {user ? (
          <Link to="/items/new" className="button">
            New item
          </Link>
        ) : null}
      </div>
      {items.isPending ? <p className="status">Loading items…</p> : null}
      {items.isError ? <ErrorMessage error={items.error} /> : null}
      {items.data?.items.length === 0 ? (
        <p className="status">
          No items yet. {user ? "Create the first one." : "Sign in to create one."}
        </p>
      ) : null}
      {items.data && items.data.items.length > 0 ? (
        <>
          <ul className="items">
            {items.data.items.map((item) => (
              <li key={item.id}>
                <Link to="/items/$itemId" params={{ itemId: String(item.id) }}>
                  {item.name}
                </Link>
                {item.owner_id === user?.id ? (
                  <span className="tag">yours</span>
                ) : (
                  <span className="tag muted">read-only</span>
                )}
                {item.description ? <p>{item.description}</p> : null}
              </li>
            ))}
          </ul>
          <PageLinks page={page} total={items.data.total} noun="items" />
        </>
      ) : null}
    </section>
  );
}
{% endraw %}