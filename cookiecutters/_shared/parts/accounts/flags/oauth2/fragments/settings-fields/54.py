    # An OpenID Connect provider is its issuer: the app reads the endpoints below
    # from the issuer's discovery document. An endpoint set here is used instead.
    oauth_issuer: str = ""
    oauth_client_id: str = ""
    oauth_client_secret: str = ""
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_userinfo_url: str = ""
    # How the app shows its secret to the token endpoint: HTTP Basic (OpenID
    # Connect's default) or in the form, as some providers are set up to take it.
    oauth_token_auth_method: Literal["client_secret_basic", "client_secret_post"] = (
        "client_secret_basic"
    )
    oauth_redirect_uri: str = "http://localhost:8000/api/v1/auth/callback"
    oauth_scope: str = "openid email profile"
    oauth_state_cookie_secure: bool = True
