"""Where the OAuth2 provider's endpoints are: the URLs the settings name, and for those
they leave empty, what the provider's OpenID Connect discovery document
(OAUTH_ISSUER + /.well-known/openid-configuration) says, read once per process."""

from dataclasses import dataclass

import httpx2
from authlib.integrations.httpx_client import AsyncOAuth2Client
from pydantic import BaseModel, ValidationError

from app.core.config import Settings
from app.domains.auth.exceptions import ProviderLoginFailed

DISCOVERY_PATH = "/.well-known/openid-configuration"


@dataclass(frozen=True)
class ProviderEndpoints:
    authorize_url: str
    token_url: str
    userinfo_url: str


class DiscoveryDocument(BaseModel):
    """What the app reads of a discovery document (OpenID Connect Discovery 1.0)."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    userinfo_endpoint: str


# The endpoints read so far, by issuer: a provider's endpoints stay where they are
# while the app runs (a restart reads them again). A failed read is not kept.
DISCOVERED: dict[str, ProviderEndpoints] = {}


async def provider_endpoints(
    client: AsyncOAuth2Client, settings: Settings
) -> ProviderEndpoints:
    """The endpoints the settings name; those they leave empty, discovered."""
    authorize_url = settings.oauth_authorize_url
    token_url = settings.oauth_token_url
    userinfo_url = settings.oauth_userinfo_url
    if authorize_url and token_url and userinfo_url:
        return ProviderEndpoints(authorize_url, token_url, userinfo_url)
    issuer = settings.oauth_issuer
    if not issuer:
        raise ProviderLoginFailed(
            "no provider is configured: set OAUTH_ISSUER (or OAUTH_AUTHORIZE_URL, "
            "OAUTH_TOKEN_URL and OAUTH_USERINFO_URL)"
        )
    if issuer not in DISCOVERED:
        DISCOVERED[issuer] = await discover(client, issuer)
    discovered = DISCOVERED[issuer]
    return ProviderEndpoints(
        authorize_url or discovered.authorize_url,
        token_url or discovered.token_url,
        userinfo_url or discovered.userinfo_url,
    )


async def discover(client: AsyncOAuth2Client, issuer: str) -> ProviderEndpoints:
    """The endpoints the issuer's discovery document names, once the document has
    shown it is that issuer's."""
    url = issuer.rstrip("/") + DISCOVERY_PATH
    try:
        # No user's token exists yet: the document is public.
        response = await client.request("GET", url, withhold_token=True)
        response.raise_for_status()
        document = DiscoveryDocument.model_validate_json(response.content)
    except (httpx2.HTTPError, ValidationError) as error:
        raise ProviderLoginFailed(
            f"its discovery document {url} could not be read"
        ) from error
    # A document that names another issuer is not this provider's: its endpoints
    # could hand the login to someone else (Discovery 1.0, section 4.3: identical).
    if document.issuer != issuer:
        raise ProviderLoginFailed(
            f"its discovery document {url} is the issuer {document.issuer!r}'s, "
            f"not OAUTH_ISSUER's ({issuer!r})"
        )
    return ProviderEndpoints(
        document.authorization_endpoint,
        document.token_endpoint,
        document.userinfo_endpoint,
    )
