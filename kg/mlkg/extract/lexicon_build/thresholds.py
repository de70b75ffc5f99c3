"""Every threshold of the lexicon builder, in one frozen dataclass (see docs/lexicon.md).

Papers are distinct arXiv/Hugging Face papers. Change a value by passing
``Thresholds(min_papers=4)`` to :func:`~mlkg.extract.lexicon_build.build`; the shipped
lexicon is built with the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The gates' numbers: counts of papers and shares of a name's papers."""

    # Named things with a strong (name-like) shape
    min_papers: int = 3  # a corpus name needs this many papers ...
    min_typed: int = 1  # ... and at least this many papers with a typed context
    rate_min_papers: int = 20  # names in >= 20 papers must also have
    typed_rate: float = 0.05  # ... typed-context papers >= 5% of their papers, or
    named_typed_rate: float = 0.015  # ... >= 1.5% when the name has versioned variants or
    variant_evidence: float = 0.2  # Title Case definitions (variant papers >= 20%: Gemini 2.5)
    named_max_lower_defs: float = 0.25  # "Title Case definitions": at most 25% lower-case ones
    short_min_typed: int = 5  # two-character names (T5, R1) need >= 5 typed-context papers
    short_typed_rate: float = 0.15  # ... making >= 15% of their papers
    ambiguous_typed_rate: float = 0.05  # acronyms with two meanings: >= 5 and >= 5% typed papers
    small_acronym_papers: int = 10  # acronyms in < 10 papers need 2 typed papers or a Title
    #                                 Case / coined (never lower-case) definition
    min_papers_intro: int = 2  # a name a paper introduces (strong shape) needs this many papers
    curated_min_papers: int = 1  # a name SciREX n-ary / NLP-TDMS lists needs this many papers
    # Title Case names (Mamba, Cityscapes)
    weak_min_typed: int = 2  # need more typed contexts
    weak_cap_share: float = 0.7  # ... are capitalised in >= 70% of mid-sentence uses
    weak_typed_rate: float = 0.05  # ... typed-context papers >= 5% of their papers
    weak_max_modifier: float = 0.3  # ... and are not mostly an adjective ("Gaussian noise")
    # Generic concepts (LLM, VQA): acronyms of generic phrases
    generic_min_papers: int = 20  # "occurs in very many papers"
    generic_min_defs: int = 5  # defined by at least this many papers
    generic_lowness: float = 0.5  # mean of (lower-case definitions, lower-case running text)
    generic_lowness_plural: float = 0.4  # ... when the plural is common
    generic_plural: float = 0.5  # plural papers / papers
    generic_modifier: float = 0.5  # "an MoE layer", "VLA models": modifier uses / head-word uses
    generic_lowness_modifier: float = 0.3  # ... with this lowness
    generic_modifier_undefined: float = 0.6  # "T2I models": never defined, mostly a modifier
    generic_max_variants: float = 0.1  # variant papers (X-7B, Xv2, X-L/14) / papers
    ambiguous_second_sense: float = 0.25  # a second sense this common makes an acronym ambiguous
    metric_min: int = 5  # metric contexts needed before a name counts as a metric
    common_word_min_papers: int = 20  # an English word in this many papers is common
    family_min_models: int = 3  # models named "<family>-..." that make a name typed only by "on X" a model
    # Evidence that counts only in numbers
    variant_min_share: float = 0.01  # a case/hyphen variant joins as alias in >= 1% as many papers
    modifier_min: int = 5  # modifier uses needed before the modifier rate means anything
    running_min: int = 10  # running-text long-form uses needed before their case share counts

THRESHOLDS = Thresholds()
