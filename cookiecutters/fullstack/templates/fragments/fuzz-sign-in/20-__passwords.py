
    def sign_in(self) -> None:
        """Register and sign in as the other tests do: the fuzzer's requests carry
        what theirs do."""
        self.headers = asyncio.run(signed_in_headers(self.app))
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/fuzz-sign-in/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
