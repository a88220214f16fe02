"""`fastkit asyncmy-url URL`: a mysql:// or mariadb:// URL as SQLAlchemy takes it
with asyncmy (mysql+asyncmy://...), for tools outside the project."""

from urllib.parse import urlsplit, urlunsplit

import click


@click.command("asyncmy-url")
@click.argument("url")
def asyncmy_url(url: str) -> None:
    """Print URL (mysql://user@host:3306/name) with asyncmy's scheme."""
    parts = urlsplit(url)
    if parts.scheme not in ("mysql", "mariadb", "mysql+asyncmy") or not parts.hostname:
        raise click.UsageError(f"{url!r} is not a mysql:// or mariadb:// URL with a host")
    click.echo(urlunsplit(parts._replace(scheme="mysql+asyncmy")))
