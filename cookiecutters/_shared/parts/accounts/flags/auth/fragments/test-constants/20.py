# Sign in as the user with this email (created if new): the headers their requests need.
SignIn = Callable[[str], Awaitable[dict[str, str]]]
