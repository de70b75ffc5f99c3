"""``python -m mlkg.extract.decide`` trains the decider (see :mod:`.train`)."""

from .train import main

main()
