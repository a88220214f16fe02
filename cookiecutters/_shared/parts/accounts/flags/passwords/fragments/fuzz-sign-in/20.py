
    def sign_in(self) -> None:
        """Register and sign in as the other tests do: the fuzzer's requests carry
        what theirs do."""
        self.headers = asyncio.run(signed_in_headers(self.app))
