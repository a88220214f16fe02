"""A browser's sign-in to a running app through its OpenID Connect provider (run with
the project's own Python, whose httpx it uses): GET /api/v1/auth/login, then each
form the provider shows (its login, then its consent) filled in and sent, redirects
followed, until the app's callback answers with its tokens. Prints /users/me.

    python oidc_browser.py APP_URL
"""

import json
import re
import sys

import httpx

FORM_ACTION = re.compile(r'<form[^>]*action="([^"]+)"')


def form_fields(page: str) -> dict[str, str]:
    """The form's inputs with their values (hidden ones say which prompt it is)."""
    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name, value = re.search(r'name="([^"]*)"', tag), re.search(r'value="([^"]*)"', tag)
        if name:
            fields[name.group(1)] = value.group(1) if value else ""
    return fields


def sign_in(app: str) -> dict[str, object]:
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(f"{app}/api/v1/auth/login")
        for _ in range(5):  # the provider's login and consent forms
            if page.headers.get("content-type", "").startswith("application/json"):
                break
            action = FORM_ACTION.search(page.text)
            assert action, f"{page.url} shows no form:\n{page.text[:2000]}"
            answers = {**form_fields(page.text), "login": "alice", "password": "any"}
            page = browser.post(page.url.join(action.group(1)), data=answers)
        assert page.status_code == 200, f"{page.url}: {page.status_code} {page.text}"
        token = page.json()["access_token"]
        me = browser.get(f"{app}/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200, me.text
        user: dict[str, object] = me.json()
        return user


if __name__ == "__main__":
    print(json.dumps(sign_in(sys.argv[1])))
