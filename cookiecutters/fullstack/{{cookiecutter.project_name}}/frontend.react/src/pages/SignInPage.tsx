{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/pages/SignInPage.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorMessage } from "../components/ErrorMessage";
import { signIn, signUp } from "../session";
import { currentUser } from "../user";

type Props = {
  title: string;
  submitLabel: string;
  send: (email: string, password: string) => Promise<void>;
  other: "/sign-in" | "/sign-up";
};

function AccountForm({ title, submitLabel, send, other }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await send(email, password);
      await queryClient.invalidateQueries({ queryKey: currentUser.queryKey });
      await navigate({ to: "/", search: { page: 1 } });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="narrow">
      <h1>{title}</h1>
      <form className="form" onSubmit={submit}>
        <label>
          Email
          <input
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete={other === "/sign-in" ? "new-password" : "current-password"}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" disabled={pending}>
          {pending ? "Please wait…" : submitLabel}
        </button>
      </form>
      <p>
        {other === "/sign-up" ? "No account yet? " : "Have an account? "}
        <Link to={other}>{other === "/sign-up" ? "Sign up" : "Sign in"}</Link>
      </p>
    </section>
  );
}

export function SignInPage() {
  return <AccountForm title="Sign in" submitLabel="Sign in" send={signIn} other="/sign-up" />;
}

export function SignUpPage() {
  return (
    <AccountForm title="Sign up" submitLabel="Create account" send={signUp} other="/sign-in" />
  );
}
{% endraw %}