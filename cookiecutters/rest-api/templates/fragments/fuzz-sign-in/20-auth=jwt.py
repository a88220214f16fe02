
    def sign_in(self) -> None:
        credentials = {"email": EMAIL, "password": PASSWORD}
        self.call("POST", "/api/v1/auth/register", body=credentials)
        form = {"username": EMAIL, "password": PASSWORD}
        login = self.call(
            "POST",
            "/api/v1/auth/login",
            body=form,
            media_type="application/x-www-form-urlencoded",
        )
        assert login.status_code == 200, login.text
        tokens = login.json()
        self.headers = {"Authorization": f"Bearer {tokens['access_token']}"}
{# Generated from cookiecutters/rest-api/choices/auth/jwt/fragments/fuzz-sign-in/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
