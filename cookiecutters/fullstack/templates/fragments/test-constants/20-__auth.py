# Sign in as the user with this email (created if new): the headers their requests need.
SignIn = Callable[[str], Awaitable[dict[str, str]]]
{# Generated from cookiecutters/_shared/parts/accounts/flags/auth/fragments/test-constants/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
