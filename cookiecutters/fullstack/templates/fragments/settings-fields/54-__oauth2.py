    oauth_client_id: str = ""
    oauth_client_secret: str = ""
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_userinfo_url: str = ""
    oauth_redirect_uri: str = "http://localhost:8000/api/v1/auth/callback"
    oauth_scope: str = "openid email profile"
    oauth_state_cookie_secure: bool = True
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/settings-fields/54.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
