"""Train the example model ahead of time: `python -m app.train [--model-dir DIR]`.

The app trains it at first start when MODEL_DIR has no model; an image build runs
this, so that containers start with the model in their image.
"""

import argparse
from pathlib import Path

from app.ml.runtime import IrisClassifier


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m app.train", description=__doc__)
    parser.add_argument("--model-dir", help="where to write it (default: MODEL_DIR)")
    args = parser.parse_args(argv)
    if args.model_dir:
        model_dir = Path(args.model_dir)
    else:  # read settings only when needed: a build has none to give
        from app.core.config import get_settings

        model_dir = Path(get_settings().model_dir)
    model = IrisClassifier(model_dir, "cpu")
    model.train()
    print(f"trained {model.name} {model.version} into {model_dir}")


if __name__ == "__main__":
    main()
