{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/service.oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Authentication use cases, and the login flow with the OAuth2 provider."""

import secrets
from dataclasses import dataclass
from datetime import timedelta

import httpx2
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from pydantic import ValidationError

from app.core.config import Settings
from app.core.jwt_tokens import decode_token, encode_token
from app.domains.auth.exceptions import EmailTaken, ProviderLoginFailed
from app.domains.auth.models import User
from app.domains.auth.provider_endpoints import provider_endpoints
from app.domains.auth.refresh_tokens import RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import ProviderUser
from app.domains.auth.token_pairs import TokenPairs

# How long a browser may take at the provider before the login is abandoned.
LOGIN_STATE_LIFETIME = timedelta(minutes=10)


def canonical_email(email: str) -> str:
    """How emails are stored and compared: Alice@Example.com is alice@example.com."""
    return email.strip().lower()


class AuthService(TokenPairs):
    """Users the provider vouched for, signed in with tokens."""

    def __init__(
        self,
        users: UserRepository,
        refresh_tokens: RefreshTokenRepository,
        settings: Settings,
    ) -> None:
        self.users = users
        self.refresh_tokens = refresh_tokens
        self.settings = settings

    async def sign_in_from_provider(self, profile: ProviderUser) -> User:
        """The user the provider vouched for, created on first login."""
        email = canonical_email(profile.email)
        user = await self.users.get_by_subject(profile.sub)
        if user is not None and user.email == email:
            return user
        owner = await self.users.get_by_email(email)
        if owner is not None:  # another provider account already uses this email
            raise EmailTaken()
        if user is None:
            new_user = User(email=email, subject=profile.sub, is_active=True)
            return await self.users.add(new_user)
        user.email = email  # the user changed it at the provider
        return await self.users.save(user)


@dataclass(frozen=True)
class AuthorizationRequest:
    url: str
    # The state and PKCE verifier, signed, kept by the browser in a cookie.
    state_cookie: str


class ProviderLogin:
    """Authorization code flow with PKCE (S256) against the configured provider."""

    def __init__(self, client: AsyncOAuth2Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings

    async def start(self) -> AuthorizationRequest:
        endpoints = await provider_endpoints(self.client, self.settings)
        verifier = generate_token(48)
        url, state = self.client.create_authorization_url(
            endpoints.authorize_url, code_verifier=verifier
        )
        claims = {"state": state, "verifier": verifier}
        cookie = encode_token(
            claims, "oauth_state", LOGIN_STATE_LIFETIME, self.settings.secret_key
        )
        return AuthorizationRequest(url=url, state_cookie=cookie)

    async def finish(
        self, code: str | None, state: str | None, state_cookie: str | None
    ) -> ProviderUser:
        """The provider's user, after checking the state and redeeming the code."""
        if not state_cookie:
            raise ProviderLoginFailed("no login is in progress")
        if not code or not state:
            raise ProviderLoginFailed("the callback carries no code and state")
        claims = decode_token(state_cookie, "oauth_state", self.settings.secret_key)
        # As bytes: compare_digest refuses str with characters beyond ASCII (a 500).
        expected = str(claims.get("state", "")).encode()
        if not secrets.compare_digest(expected, state.encode()):
            raise ProviderLoginFailed("state does not match")
        endpoints = await provider_endpoints(self.client, self.settings)
        try:
            await self.client.fetch_token(
                endpoints.token_url, code=code, code_verifier=claims["verifier"]
            )
        except (OAuthError, httpx2.HTTPError, ValueError) as error:
            raise ProviderLoginFailed("the provider refused the code") from error
        try:
            response = await self.client.get(endpoints.userinfo_url)
            response.raise_for_status()
            userinfo = response.json()
        except (OAuthError, httpx2.HTTPError, ValueError) as error:
            raise ProviderLoginFailed("its userinfo could not be read") from error
        try:
            profile = ProviderUser.model_validate(userinfo)
        except ValidationError as error:
            raise ProviderLoginFailed(
                f"its userinfo has no valid {invalid_claims(error)} (the scopes "
                "`openid email` ask for them)"
            ) from error
        if not profile.email_verified:  # else anyone could claim someone's address
            raise ProviderLoginFailed("the provider has not verified the email")
        return profile


def invalid_claims(error: ValidationError) -> str:
    """The claims a userinfo answer lacks or gets wrong, by name: nothing else shows
    what the provider answered."""
    names = {str(problem["loc"][0]) for problem in error.errors() if problem["loc"]}
    return ", ".join(sorted(names)) or "claims"
