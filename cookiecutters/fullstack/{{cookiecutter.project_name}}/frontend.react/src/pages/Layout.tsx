{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/pages/Layout.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate } from "@tanstack/react-router";
import { signOut } from "../session";
import { currentUser, useCurrentUser } from "../user";

// The project's name, as index.html's title gives it.
const PROJECT_NAME = document.title;

export function Layout() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function leave() {
    try {
      await signOut();
    } finally {
      queryClient.setQueryData(currentUser.queryKey, null);
      await navigate({ to: "/" });
    }
  }

  return (
    <>
      <header className="bar">
        <Link to="/" search={{ page: 1 }} className="brand">
          {PROJECT_NAME}
        </Link>
        <nav className="sections" aria-label="Sections">
          <Link to="/" search={{ page: 1 }}>
            Items
          </Link>
          {/* fastkit create-domain adds a link to each domain's pages here. */}
        </nav>
        <nav>
          {user ? (
            <>
              <span className="who">{user.email}</span>
              <button type="button" className="link" onClick={leave}>
                Sign out
              </button>
            </>
          ) : (
            <>
              <Link to="/sign-in">Sign in</Link>
              <Link to="/sign-up">Sign up</Link>
            </>
          )}
        </nav>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}

export function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        Nothing lives at this address.{" "}
        <Link to="/" search={{ page: 1 }}>
          See the items
        </Link>
        .
      </p>
    </section>
  );
}
{% endraw %}