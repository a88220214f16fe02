"""An oauth2 project against a real OpenID Connect provider: node-oidc-provider (OpenID
Certified), installed from npm and run by node (oidc_provider.mjs), found by the
project through its discovery document as a user's provider would be.

- A project that signs users in (OAUTH_ISSUER in its .env: rest-api, fullstack)
  signs one in through the provider's own login and consent pages, as a browser
  does (oidc_browser.py, run with the project's Python).
- A service that takes the provider's access tokens (OIDC_ISSUER: microservice,
  ai-backend) answers a request carrying one the provider issued (a JWT signed with
  the keys it publishes) and refuses the same request without it.
"""

import base64
import functools
import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from generated.serving import free_port, serve_command, serving

HERE = Path(__file__).parent
OIDC_PROVIDER_VERSION = "9.13.3"
# The clients oidc_provider.mjs registers, and the audience of its access tokens.
WEBAPP = {"OAUTH_CLIENT_ID": "webapp", "OAUTH_CLIENT_SECRET": "the-webapp-client-secret"}
SERVICE = ("service", "the-service-client-secret")
AUDIENCE = "fastkit-api"
Run = Callable[[list[str], Path, dict[str, str]], str]


@functools.cache
def installed_provider(folder: Path) -> Path:
    """node-oidc-provider and the script that configures it, in `folder`: installed by
    the first oauth2 project a test worker checks (npm keeps what is there)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--silent", "--no-audit", "--no-fund",
         f"oidc-provider@{OIDC_PROVIDER_VERSION}"],
        cwd=folder, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    shutil.copy(HERE / "oidc_provider.mjs", folder)
    return folder


def check_against_a_real_provider(
    project: Path, bin_dir: Path, env: dict[str, str], scratch: Path, run: Run
) -> None:
    """The project's OpenID Connect side, against the provider installed in a folder
    of this test worker's own under `scratch`."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    provider = installed_provider(scratch / f"oidc-provider-{worker}")
    settings = (project / ".env").read_text(encoding="utf-8")
    app_port, provider_port = free_port(), free_port()
    app = f"http://127.0.0.1:{app_port}"
    issuer = f"http://127.0.0.1:{provider_port}"
    callback = f"{app}/api/v1/auth/callback"
    command = ["node", "oidc_provider.mjs", str(provider_port), callback, AUDIENCE]
    with serving(command, provider, env, f"{issuer}/.well-known/openid-configuration"):
        if "OAUTH_ISSUER=" in settings:
            app_env = {
                **env, **WEBAPP, "OAUTH_ISSUER": issuer,
                "OAUTH_REDIRECT_URI": callback,
                "OAUTH_STATE_COOKIE_SECURE": "false",  # the app is served over http here
            }  # fmt: skip
            with serving(serve_command(bin_dir, app_port), project, app_env, f"{app}/health"):
                browser = [str(bin_dir / "python"), str(HERE / "oidc_browser.py"), app]
                user = json.loads(run(browser, project, env))
            assert user["email"] == "alice@example.com"
        else:
            assert "OIDC_ISSUER=" in settings, "an oauth2 project names its provider"
            app_env = {**env, "OIDC_ISSUER": issuer, "OIDC_AUDIENCE": AUDIENCE}
            with serving(serve_command(bin_dir, app_port), project, app_env, f"{app}/health"):
                path = a_protected_path(app)
                token = client_credentials_token(issuer)
                assert status(f"{app}{path}", token) == 200
                assert status(f"{app}{path}", None) == 401


def a_protected_path(app: str) -> str:
    """A GET operation of the app's OpenAPI document that needs a token and no
    parameter in its path."""
    with urllib.request.urlopen(f"{app}/openapi.json", timeout=10) as answer:
        document = json.loads(answer.read())
    for path, operations in document["paths"].items():
        if "{" not in path and operations.get("get", {}).get("security"):
            return str(path)
    raise AssertionError("no GET operation without path parameters needs a token")


def client_credentials_token(issuer: str) -> str:
    """An access token the provider issues to the `service` client."""
    request = urllib.request.Request(
        f"{issuer}/token",
        data=b"grant_type=client_credentials&scope=api",
        headers={"Authorization": basic_credentials(*SERVICE)},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        token: str = json.loads(answer.read())["access_token"]
        return token


def basic_credentials(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


def status(url: str, token: str | None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as ok:
            code: int = ok.status
            return code
    except urllib.error.HTTPError as refused:
        return refused.code
