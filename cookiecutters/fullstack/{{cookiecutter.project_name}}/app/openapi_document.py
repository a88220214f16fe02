"""Write the app's OpenAPI document to a file, with no server running:

    .venv/bin/python -m app.openapi_document frontend/openapi.json

The frontend's API client is generated from it (`npm run generate-client`)."""

import json
import sys
from pathlib import Path

from app.main import create_app


def main(path: str) -> None:
    document = create_app().openapi()
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    Path(path).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
