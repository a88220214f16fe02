
    def sign_in(self) -> None:
        credentials = {"email": EMAIL, "password": PASSWORD}
        self.call("POST", "/api/v1/auth/register", body=credentials)
        login = self.call("POST", "/api/v1/auth/login", body=credentials)
        assert login.status_code == 200, login.text  # its session cookie is kept
        self.headers = {"X-CSRF-Token": login.json()["csrf_token"]}
