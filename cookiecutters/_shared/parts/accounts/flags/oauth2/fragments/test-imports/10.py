from app.domains.auth.dependencies import build_oauth_client, get_oauth_client
from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider
