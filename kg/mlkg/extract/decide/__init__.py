"""The trained decision layer: rules propose candidate names, a small learned model decides.

- :mod:`.features`: the decision units of a Doc (kept entities and dropped candidate groups) and
  their feature strings;
- :mod:`.model`: the model (logistic regression over those features) and its weights file;
- :mod:`.component`: the ``mlkg_decide`` spaCy component;
- :mod:`.train`: ``python -m mlkg.extract.decide.train`` retrains the shipped weights from the
  gold data named in ``train.cfg``.
"""

from __future__ import annotations

from .component import WEIGHTS, Decider, load_weights
from .model import DeciderError, DeciderModel, Thresholds

__all__ = ["WEIGHTS", "Decider", "DeciderError", "DeciderModel", "Thresholds", "load_weights"]
