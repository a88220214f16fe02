# Plain URLs are accepted and given the async driver the app needs.
ASYNC_DRIVERS = {
{%- if c.db == 'sqlite' %}
    "sqlite": "sqlite+aiosqlite",
{%- elif c.db == 'postgres' %}
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
{%- elif c.db == 'mysql' %}
    "mysql": "mysql+aiomysql",
    "mariadb": "mysql+aiomysql",
{%- endif %}
}
