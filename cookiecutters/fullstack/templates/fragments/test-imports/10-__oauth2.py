from app.domains.auth.dependencies import build_oauth_client, get_oauth_client
from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/test-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
