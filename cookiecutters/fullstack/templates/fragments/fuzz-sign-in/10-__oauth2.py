
    def call(self, method: str, path: str, **case: Any) -> Any:
        """A request as the fuzzer sends them; the cookies it sets are kept."""
        request = schema[path][method].Case(**case)
        response = request.call(
            app=self.app, cookies=self.cookies, allow_redirects=False
        )
        for cookie in response.headers.get("set-cookie", []):
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return response
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/fuzz-sign-in/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
