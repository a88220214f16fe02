    # Connections per process: requests past pool size + overflow wait for one, and
    # those waiters are not served in order, so keep it above the requests a process
    # serves at once (SQLAlchemy's default is 5 + 10). One that waits past the pool
    # timeout (seconds) is answered 503 with Retry-After.
    database_pool_size: int = 20
    database_max_overflow: int = 10
    database_pool_timeout: float = 30.0
    # Connections are not pinged before each use (a round trip on every request):
    # one the server has dropped fails its request with a 503 it may retry, and the
    # pool starts afresh. Connections are renewed after this many seconds instead,
    # before servers and proxies drop idle ones. DATABASE_POOL_PRE_PING=true pings.
    database_pool_recycle_seconds: int = 1800
    database_pool_pre_ping: bool = False
{# Generated from cookiecutters/_shared/flags/sql/fragments/settings-fields/21.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
