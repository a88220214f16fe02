import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import {
  createItemApiV1ItemsPostMutation,
  listItemsApiV1ItemsGetQueryKey,
} from "../client/@tanstack/react-query.gen";
import type { ItemCreate } from "../client/types.gen";
import { RecordForm } from "../components/RecordForm";
import { ITEM_FIELDS } from "../items";
import { useCurrentUser } from "../user";

export function NewItemPage() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    ...createItemApiV1ItemsPostMutation(),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: listItemsApiV1ItemsGetQueryKey() });
      await navigate({ to: "/items/$itemId", params: { itemId: String(item.id) } });
    },
  });

  if (user === null) {
    return (
      <p className="status">
        <Link to="/sign-in">Sign in</Link> to create an item.
      </p>
    );
  }
  return (
    <section>
      <h1>New item</h1>
      <RecordForm
        fields={ITEM_FIELDS}
        submitLabel="Create"
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) => create.mutate({ body: body as ItemCreate })}
      />
    </section>
  );
}
