// The [[ d.titles ]]: a list, a page that shows one (its owner may change or delete
// it) and a page that creates one. fastkit create-domain wrote this; the fields are
// in ./fields.ts, the form and the view are generic (src/components).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import {
  [[ sdk.create ]]Mutation,
  [[ sdk.delete ]]Mutation,
  [[ sdk.list ]]Options,
  [[ sdk.list ]]QueryKey,
  [[ sdk.read ]]Options,
  [[ sdk.read ]]QueryKey,
  [[ sdk.update ]]Mutation,
} from "../../client/@tanstack/react-query.gen";
import type { [[ d.cls ]]Create, [[ d.cls ]]Public, [[ d.cls ]]Update } from "../../client/types.gen";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageLinks } from "../../components/PageLinks";
import { RecordForm } from "../../components/RecordForm";
import { RecordView } from "../../components/RecordView";
import { pageQuery } from "../../paging";
import { useCurrentUser } from "../../user";
import { FIELDS, label } from "./fields";

export function ListPage() {
  const { page } = useSearch({ from: "/[[ d.url ]]" });
  const user = useCurrentUser();
  const list = useQuery({
    ...[[ sdk.list ]]Options({ query: pageQuery(page) }),
    placeholderData: keepPreviousData, // the page shown stays until the next arrives
  });

  return (
    <section>
      <div className="heading">
        <h1>[[ Titles ]]</h1>
        {user ? (
          <Link to="/[[ d.url ]]/new" className="button">
            New [[ d.title ]]
          </Link>
        ) : null}
      </div>
      {list.isPending ? <p className="status">Loading [[ d.titles ]]…</p> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? (
        <p className="status">
          No [[ d.titles ]] yet. {user ? "Create the first one." : "Sign in to create one."}
        </p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ul className="items">
            {list.data.items.map((record) => (
              <li key={record.id}>
                <Link to="/[[ d.url ]]/$id" params={{ id: String(record.id) }}>
                  {label(record)}
                </Link>
                {record.owner_id === user?.id ? (
                  <span className="tag">yours</span>
                ) : (
                  <span className="tag muted">read-only</span>
                )}
              </li>
            ))}
          </ul>
          <PageLinks page={page} total={list.data.total} noun="[[ d.titles ]]" />
        </>
      ) : null}
    </section>
  );
}

/** The id in the address as the API's type: a path segment is text either way, and
 * the API answers 404 or 422 for one that names no [[ d.title ]]. */
function asId(segment: string): [[ d.cls ]]Public["id"] {
  return segment as unknown as [[ d.cls ]]Public["id"];
}

export function RecordPage() {
  const { id } = useParams({ from: "/[[ d.url ]]/$id" });
  const path = { [[ d.name ]]_id: asId(id) };
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const record = useQuery([[ sdk.read ]]Options({ path }));
  const update = useMutation({
    ...[[ sdk.update ]]Mutation(),
    onSuccess: async (saved) => {
      queryClient.setQueryData([[ sdk.read ]]QueryKey({ path }), saved);
      await queryClient.invalidateQueries({ queryKey: [[ sdk.list ]]QueryKey() });
    },
  });
  const remove = useMutation({
    ...[[ sdk.delete ]]Mutation(),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [[ sdk.list ]]QueryKey() });
      await navigate({ to: "/[[ d.url ]]", search: { page: 1 } });
    },
  });

  if (record.isPending) {
    return <p className="status">Loading the [[ d.title ]]…</p>;
  }
  if (record.isError) {
    return <ErrorMessage error={record.error} />;
  }
  const mine = user !== null && record.data.owner_id === user.id;
  return (
    <section>
      <p>
        <Link to="/[[ d.url ]]" search={{ page: 1 }}>
          ← All [[ d.titles ]]
        </Link>
      </p>
      <h1>{label(record.data)}</h1>
      {mine ? (
        <>
          <RecordForm
            key={record.dataUpdatedAt}
            fields={FIELDS}
            initial={record.data}
            submitLabel="Save"
            pending={update.isPending}
            error={update.error}
            onSubmit={(body) => update.mutate({ path, body: body as [[ d.cls ]]Update })}
          />
          {update.isSuccess ? <p className="status">Saved.</p> : null}
          <div className="danger">
            <button
              type="button"
              className="delete"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete ${label(record.data)}? This cannot be undone.`)) {
                  remove.mutate({ path });
                }
              }}
            >
              Delete this [[ d.title ]]
            </button>
            {remove.error ? <ErrorMessage error={remove.error} /> : null}
          </div>
        </>
      ) : (
        <>
          <RecordView fields={FIELDS} record={record.data} />
          <p className="status">
            {user ? "Only the user who created it can change it." : "Sign in to create your own."}
          </p>
        </>
      )}
    </section>
  );
}

export function NewPage() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    ...[[ sdk.create ]]Mutation(),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: [[ sdk.list ]]QueryKey() });
      await navigate({ to: "/[[ d.url ]]/$id", params: { id: String(created.id) } });
    },
  });

  if (user === null) {
    return (
      <p className="status">
        <Link to="/sign-in">Sign in</Link> to create [[ a_title ]].
      </p>
    );
  }
  return (
    <section>
      <h1>New [[ d.title ]]</h1>
      <RecordForm
        fields={FIELDS}
        submitLabel="Create"
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) => create.mutate({ body: body as [[ d.cls ]]Create })}
      />
    </section>
  );
}
