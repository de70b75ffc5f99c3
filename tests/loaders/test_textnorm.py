from __future__ import annotations

import pytest

from mlkg.loaders.textnorm import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a hard\nline break", "a hard line break"),
        ("  spaces \t and\n\n tabs ", "spaces and tabs"),
        ("Tom &amp; Jerry &lt;3", "Tom & Jerry <3"),
        (r"code at \url{https://github.com/a/b}.", "code at https://github.com/a/b."),
        (r"a 45\% gain", "a 45% gain"),
        ("Something-Something~v2 and ImageNet~\\cite", "Something-Something v2 and ImageNet~\\cite"),
        ("about ~100M images", "about ~100M images"),
        ("Claude Opus~4.6 beats it (Table~2), (~5%)", "Claude Opus 4.6 beats it (Table 2), (~5%)"),
        ("see https://host.org/~user/page", "see https://host.org/~user/page"),
        (r"$3\times$ faster, $\sim$10 points, $\pm$0.5", "3× faster, ~10 points, ±0.5"),
        (r"M$^2$-Encoder", "M^2-Encoder"),
        (r"an $F_1$ of 93.2", "an F_1 of 93.2"),
        (r"keep $\frac{a}{b}$ as is", r"keep $\frac{a}{b}$ as is"),
        (r"an accuracy of \(69.38%\) with \(25\) clips, \(\frac{a}{b}\)",
         r"an accuracy of 69.38% with 25 clips, \(\frac{a}{b}\)"),
        (r"\textbf{Bold} model", "Bold model"),
        ("https://github.com/foo/\nbar is the code", "https://github.com/foo/bar is the code"),
        ("github.com/a-\nb/c", "github.com/a-b/c"),
        ("Code: https://github.com/ ZorbLab/zorb-net.", "Code: https://github.com/ZorbLab/zorb-net."),
        (r"a gpt-9q\,/\,zorb-2.5-pro judge, 86\,min, avg.\ 12", "a gpt-9q / zorb-2.5-pro judge, 86 min, avg. 12"),
        (r"$\sim$1\,600 scenes, $\sim\!10^3$", "~1,600 scenes, ~10^3"),
        ("GenEval (0.73rightarrow0.90), 64.1 rightarrow 70.3", "GenEval (0.73 \u2192 0.90), 64.1 \u2192 70.3"),
        ("the rightarrow key, a rightarrow b", "the rightarrow key, a rightarrow b"),
        (r"the ZorbLM\-based judge, pre\--trained, risk\-sensitive",
         "the ZorbLM-based judge, pre-trained, risk-sensitive"),
        (r"five models (ZorbLM\nobreakdash-3.1, Quil\nobreakdash-3)", "five models (ZorbLM-3.1, Quil-3)"),
        (r"we release LL\"aMmlein 1B (Schr\"{o}dinger, \'etude), Pass\^{}1",
         "we release LL\u00e4Mmlein 1B (Schr\u00f6dinger, \u00e9tude), Pass\\^{}1"),
    ],
)
def test_rewrites(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("name", ["M^2-Encoder", "ViT-L/14", "LLaVA-1.5", "4D-VLA", "SceneSplat-7K",
                                  "VideoLLaMA 3", "C++", "R@1", "GPT-4o", "x_{t}"])
def test_meaningful_characters_survive(name: str) -> None:
    assert normalize_text(f"We use {name} here.") == f"We use {name} here."


def test_idempotent() -> None:
    raw = "A &amp; B\nwith $\\times$ 2 and Something~v2 \\url{http://x.org/a}"
    once = normalize_text(raw)
    assert normalize_text(once) == once


@pytest.mark.parametrize(("raw", "clean"), [
    ("FID values of \\textbf{\\emph{1.46}} for generation", "FID values of 1.46 for generation"),
    ("where \\textsc{\\small{gpt-oss-20b}} improves", "where gpt-oss-20b improves"),
    ("the \\textsf{\\textbf{\\emph{Zorb}}} model", "the Zorb model"),
])
def test_nested_style_commands_are_unwrapped(raw: str, clean: str) -> None:
    """A bold, emphasised number is the number: "\\textbf{\\emph{1.46}}" must read as a score."""
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("from 78.33% to **85.67**%, a new best", "from 78.33% to 85.67%, a new best"),
    ("we introduce **TheoremLlama**, a framework", "we introduce TheoremLlama, a framework"),
    ("the **C**hinese **I**mage **Bench**mark", "the Chinese Image Benchmark"),
    ("a 2**3 power", "a 2**3 power"),
    ("a 3D{-}UNet baseline", "a 3D-UNet baseline"),  # (TeX's guarded hyphen)
    ("we introduce **Roads\nto Rome (R2R)**, a router", "we introduce Roads to Rome (R2R), a router"),  # (a line
    # break inside, as the Hugging Face API keeps it)
    ("ends in **\n\nNext** part", "ends in ** Next** part"),  # (not across a paragraph)
])
def test_markdown_bold_is_unwrapped(raw: str, clean: str) -> None:
    """Hugging Face abstracts bold in Markdown: "to **85.67**%" must read as a score, "**TheoremLlama**" as a name."""
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("increasing GPT-4o`s pass rate", "increasing GPT-4o's pass rate"),
    ("It`s All About Speed", "It's All About Speed"),
    ("the `quoted` word and ``TeX quotes''", "the `quoted` word and ``TeX quotes''"),  # (not a quote's backtick)
])
def test_a_backtick_for_an_apostrophe_is_one(raw: str, clean: str) -> None:
    """"GPT-4o`s pass rate": a backtick typed for an apostrophe, so that the possessive reads as one (the name
    had been read with its "`s")."""
    assert normalize_text(raw) == clean
