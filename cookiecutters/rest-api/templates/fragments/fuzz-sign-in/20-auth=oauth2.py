
    def sign_in(self, provider: FakeProvider) -> None:
        login = self.call("GET", "/api/v1/auth/login")  # its state cookie is kept
        answer = provider.approve(login.headers["location"][0])
        callback = self.call("GET", "/api/v1/auth/callback", query=answer)
        assert callback.status_code == 200, callback.text
        tokens = callback.json()
        self.cookies = {}
        self.headers = {"Authorization": f"Bearer {tokens['access_token']}"}
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/oauth2/fragments/fuzz-sign-in/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
