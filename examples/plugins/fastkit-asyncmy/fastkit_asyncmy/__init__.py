"""An example fastkit plugin: rest-api offers db=asyncmy (MySQL or MariaDB through the
asyncmy driver), create-domain takes `--field handle:slug`, and `fastkit asyncmy-url
URL` prints the URL SQLAlchemy takes.

fastkit imports this module once the plugin is trusted (`fastkit trust
plugin:asyncmy`) and reads three attributes: LAYERS, the layer folders it puts on a
type; COMMANDS, click commands as `module:attribute` (imported when run); and
FIELD_TYPES, text field types with a pattern (stored as str(length); the API
refuses what the pattern does not take, and the OpenAPI document says so).
"""

from pathlib import Path

LAYER = Path(__file__).resolve().parent / "layer"
LAYERS = {"rest-api": [LAYER]}
COMMANDS = {"asyncmy-url": "fastkit_asyncmy.command:asyncmy_url"}
FIELD_TYPES = {
    "slug": {
        "length": 80,
        "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
        "samples": ["hello-world", "second-post"],
        "invalid": "Not A Slug",
    }
}
