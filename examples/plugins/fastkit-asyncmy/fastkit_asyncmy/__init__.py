"""An example fastkit plugin: rest-api offers db=asyncmy (MySQL or MariaDB through the
asyncmy driver), and `fastkit asyncmy-url URL` prints the URL SQLAlchemy takes.

fastkit imports this module once the plugin is trusted (`fastkit trust
plugin:asyncmy`) and reads two attributes: LAYERS, the layer folders it puts on a
type, and COMMANDS, click commands as `module:attribute` (imported when run).
"""

from pathlib import Path

LAYER = Path(__file__).resolve().parent / "layer"
LAYERS = {"rest-api": [LAYER]}
COMMANDS = {"asyncmy-url": "fastkit_asyncmy.command:asyncmy_url"}
