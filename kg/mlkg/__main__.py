"""``python -m mlkg``: the same as the ``mlkg`` command."""

from mlkg.cli import app

if __name__ == "__main__":
    app(prog_name="mlkg")
