{#- Generated from cookiecutters/_shared/project/app/core/security_headers.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Headers every response carries unless a route sets its own: no MIME sniffing, no
framing, no referrer, and no caching (API answers may hold a user's data or tokens).
app/core/middleware.py adds them."""

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# As ASGI carries them (lowercase bytes), encoded once rather than per response.
RAW_SECURITY_HEADERS = [
    (name.lower().encode("latin-1"), value.encode("latin-1"))
    for name, value in SECURITY_HEADERS.items()
]
# Over HTTPS only (where TLS ends at a proxy, run the server with --proxy-headers
# and FORWARDED_ALLOW_IPS so that it knows): browsers then use HTTPS for a year.
RAW_HSTS_HEADER = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
