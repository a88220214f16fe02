{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/pages/ItemPage.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import {
  deleteItemApiV1ItemsItemIdDeleteMutation,
  listItemsApiV1ItemsGetQueryKey,
  readItemApiV1ItemsItemIdGetOptions,
  readItemApiV1ItemsItemIdGetQueryKey,
  updateItemApiV1ItemsItemIdPatchMutation,
} from "../client/@tanstack/react-query.gen";
import type { ItemPublic, ItemUpdate } from "../client/types.gen";
import { ErrorMessage } from "../components/ErrorMessage";
import { RecordForm } from "../components/RecordForm";
import { ITEM_FIELDS } from "../items";
import { useCurrentUser } from "../user";

/** The id in the address as the API's type: a path segment is text either way, and
 * the API answers 404 or 422 for one that names no item. */
function asItemId(segment: string): ItemPublic["id"] {
  return segment as unknown as ItemPublic["id"];
}

export function ItemPage() {
  const { itemId } = useParams({ from: "/items/$itemId" });
  const path = { item_id: asItemId(itemId) };
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const item = useQuery(readItemApiV1ItemsItemIdGetOptions({ path }));
  const update = useMutation({
    ...updateItemApiV1ItemsItemIdPatchMutation(),
    onSuccess: async (saved) => {
      queryClient.setQueryData(readItemApiV1ItemsItemIdGetQueryKey({ path }), saved);
      await queryClient.invalidateQueries({ queryKey: listItemsApiV1ItemsGetQueryKey() });
    },
  });
  const remove = useMutation({
    ...deleteItemApiV1ItemsItemIdDeleteMutation(),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: listItemsApiV1ItemsGetQueryKey() });
      await navigate({ to: "/", search: { page: 1 } });
    },
  });

  if (item.isPending) {
    return <p className="status">Loading the item…</p>;
  }
  if (item.isError) {
    return <ErrorMessage error={item.error} />;
  }
  const mine = user !== null && item.data.owner_id === user.id;
  return (
    <section>
      <p>
        <Link to="/" search={{ page: 1 }}>
          ← All items
        </Link>
      </p>
      {mine ? (
        <>
          <h1>Edit {item.data.name}</h1>
          <RecordForm
            key={item.dataUpdatedAt}
            fields={ITEM_FIELDS}
            initial={item.data}
            submitLabel="Save"
            pending={update.isPending}
            error={update.error}
            onSubmit={(body) => update.mutate({ path, body: body as ItemUpdate })}
          />
          {update.isSuccess ? <p className="status">Saved.</p> : null}
          <div className="danger">
            <button
              type="button"
              className="delete"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete ${item.data.name}? This cannot be undone.`)) {
                  remove.mutate({ path });
                }
              }}
            >
              Delete this item
            </button>
            {remove.error ? <ErrorMessage error={remove.error} /> : null}
          </div>
        </>
      ) : (
        <>
          <h1>{item.data.name}</h1>
          <p className="description">{item.data.description ?? "No description."}</p>
          <p className="status">
            {user ? "Only the user who created it can change it." : "Sign in to create your own."}
          </p>
        </>
      )}
    </section>
  );
}
{% endraw %}