{#- Generated from cookiecutters/_shared/parts/accounts/project/app/core/passwords.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Passwords too common to accept, whatever their length.

A short list of the most used ones (8 characters or more: shorter ones are refused
anyway). Replace it with a larger list, or a breached-password service, if you need to.
"""

# Several words a row: the list reads better than one entry per line.
# fmt: off
COMMON_PASSWORDS = frozenset({
    "00000000", "0123456789", "0987654321", "11111111", "111111111", "1111111111",
    "11223344", "12121212", "123123123", "12341234", "12345678", "123456789",
    "1234567890", "123456789a", "123456qwerty", "1234qwer", "123qweasd", "147258369",
    "159753258", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx", "88888888",
    "987654321", "aaaaaaaa", "abc12345", "abcd1234", "abcdefg1", "abcdefgh", "admin123",
    "admin1234", "administrator", "arsenal1", "asdf1234", "asdfghjk", "asdfghjkl",
    "autumn2024", "baseball", "baseball1", "basketball", "batman123", "buster12",
    "changeme", "changeme123", "charlie1", "chelsea1", "computer", "corvette",
    "default1", "dragon123", "facebook1", "football", "football1", "freedom1",
    "google123", "harley12", "hello123", "hellohello", "hockey12", "hunter12",
    "iloveyou", "iloveyou1", "internet", "iphone123", "jennifer", "jessica1",
    "killer123", "letmein1", "letmein123", "linkedin1", "liverpool", "lovely12",
    "loveyou1", "master123", "matrix123", "michelle", "minecraft", "monkey123",
    "mustang1", "p@ssw0rd", "p@ssword", "passpass", "passw0rd", "password", "password1",
    "password12", "password123", "password1234", "password2024", "password2025",
    "password2026", "pokemon1", "princess", "princess1", "q1w2e3r4", "q1w2e3r4t5",
    "qazwsxedc", "qweasdzxc", "qwer1234", "qwerty123", "qwerty1234", "qwertyu1",
    "qwertyui", "qwertyuiop", "root1234", "samsung1", "secret123", "shadow123",
    "soccer12", "spring2024", "starwars", "summer2024", "summer2025", "summer2026",
    "sunshine", "sunshine1", "superman", "superman1", "test1234", "testtest",
    "trustno1", "welcome1", "welcome123", "welcome2024", "welcome2025", "whatever",
    "winter2024", "winter2025", "winter2026", "youtube1", "zaq12wsx", "zxcvbnm1",
    "zxcvbnm123",
})
# fmt: on


# Said in the OpenAPI document of each operation that takes a new password: a rule
# its schema cannot state (clients should know it; the fuzz test then does not
# expect every request the schema allows to be accepted).
COMMON_PASSWORD_RULE = "A new password on the list of common ones is refused (422)"


def refuse_common_password(password: str) -> str:
    if password.lower() in COMMON_PASSWORDS:
        raise ValueError("this password is too common: choose another")
    return password
