"""Model names with Greek and other non-ASCII letters, through the whole spaCy extractor."""

from __future__ import annotations

from mlkg.extract import get_extractor
from mlkg.extract.shapes import JOINED_TOKEN, name_shape, starts_name
from mlkg.model import EntityType, Paper


def _names(abstract: str, title: str = "A study") -> dict[str, EntityType]:
    paper = Paper("2501.00001", title, abstract, "test.jsonl", 0)
    (extraction,) = get_extractor("spacy")([paper])
    return {e.name: e.type for e in extraction.entities}


def test_greek_model_names_are_extracted() -> None:
    names = _names("We compare π0 with φ0 on LIBERO. π0.5 outperforms π0 and OpenVLA.")
    assert {"π0", "φ0", "π0.5"} <= set(names)
    assert names["π0"] is EntityType.MODEL


def test_a_greek_capital_joined_name_is_one_name() -> None:
    names = _names("We evaluate Ω-Net on Cityscapes and compare it with U-Net.")
    assert "Ω-Net" in names and "Net" not in names


def test_unicode_shapes() -> None:
    assert name_shape("π0") == "alnum" and name_shape("π0.5") == "joined" and name_shape("Ω-Net") == "mixed"
    assert name_shape("ＧＰＴ-4") == name_shape("GPT-4") == "joined"  # full-width: NFKC first
    assert name_shape("M²-Encoder") == "mixed"
    # Non-ASCII names the Latin rules already took keep their shape; assignments are no names.
    assert name_shape("DALL·E") == "acronym" and name_shape("LLM×MapReduce") == "mixed"
    assert name_shape("λ=1") is None and name_shape("σ=50") is None
    for not_a_name in ("Müller", "中文", "αβ", "π", "200nm-20μ", "5μm"):
        assert name_shape(not_a_name) is None, not_a_name
    assert starts_name("π0") and starts_name("Ω-Net") and not starts_name("resnet50")
    assert JOINED_TOKEN.match("π0.5") and not JOINED_TOKEN.match("ω-net")


def test_latex_math_is_no_name() -> None:
    """Symbols of a formula the abstract keeps in LaTeX ("$θ^{(1)},\\dots,θ^{(n)}$") are no names."""
    assert name_shape("θ^{(1)},\\dots") is None and name_shape("α^{(n)}$") is None
    assert name_shape("S**elf-**Ev**olving") is None  # Markdown emphasis inside a word
    names = _names("Given voters' vectors $θ^{(1)},\\dots,θ^{(n)}$ and fractions $α^{(1)},\\dots,α^{(n)}$, we "
                   "choose a vector. We compare π0 with OpenVLA.")
    assert set(names) == {"π0", "OpenVLA"}, names


def test_a_size_written_with_a_times_sign_stays_with_its_name() -> None:
    """"ZorbMix 8×7B" (a mixture of eight 7B experts, as arXiv's LaTeX "\\times" gives it) is one name, as "8x7B" is."""
    names = _names("We prune ZorbMix 8×7B and ZorbMix 8x22B with half the experts.")
    assert {"ZorbMix 8×7B", "ZorbMix 8x22B"} <= set(names) and "ZorbMix" not in names, names
