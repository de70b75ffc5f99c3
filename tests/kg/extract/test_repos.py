from __future__ import annotations

import pytest

from mlkg.extract.repos import find_repositories, normalize_repository_url, repositories_in, repository_entity
from mlkg.model import Role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Code: https://github.com/jy0205/LaVIT.", "jy0205/LaVIT"),
        ("see github.com/microsoft/Cream/tree/main/TinyViT for details", "microsoft/Cream"),
        ("clone https://github.com/a-b/c.d.git and", "a-b/c.d"),
        ("(https://www.github.com/Owner/Repo_x), done", "Owner/Repo_x"),
        ("at http://github.com/o/r/blob/main/README.md;", "o/r"),
        ("weights: https://huggingface.co/enalis/scold", "hf:enalis/scold"),
        ("data: https://huggingface.co/datasets/org/set-1M.", "hf:org/set-1M"),
        ("a demo (https://hf.co/spaces/user/Demo-App), and", "hf:user/Demo-App"),
        ("models: https://huggingface.co/collections/org/foo-m3.", "hf:org/foo-m3"),
    ],
)
def test_repository_forms(text: str, name: str) -> None:
    (match,) = find_repositories(text)
    assert match.name == name
    assert text[match.start:match.end] == match.url
    assert not match.url.endswith((".", ",", ";", ")"))


@pytest.mark.parametrize(
    "text",
    [
        "Project page: https://june-page.github.io/pivot/",
        "https://github.com/features/copilot",
        "https://github.com/orgs/foo/people",
        "https://huggingface.co/papers/2401.00001",
        "https://huggingface.co/docs/transformers",
        "email me at someone@github.com/x",
        "https://github.com/justanowner",
    ],
)
def test_not_repositories(text: str) -> None:
    assert list(find_repositories(text)) == []


def test_keys_are_case_insensitive_and_kind_aware() -> None:
    a = normalize_repository_url("https://github.com/OpenAI/CLIP")
    b = normalize_repository_url("github.com/openai/clip.git")
    assert a and b and a.key == b.key == "github:openai/clip" and a.name == "OpenAI/CLIP"
    model = normalize_repository_url("https://huggingface.co/x/y")
    data = normalize_repository_url("https://huggingface.co/datasets/x/y")
    space = normalize_repository_url("https://huggingface.co/spaces/x/y")
    assert model and data and space and len({model.key, data.key, space.key}) == 3


def test_a_repository_named_as_the_title_is_the_papers_code() -> None:
    """"MAXS: ..." and "we propose ... https://github.com/someone/MAXS, a framework based on LLM agents": the
    paper's code, though "based on" would make another repository one it uses."""
    text = ("ZAXS: Meta-Adaptive Exploration\n\nWe propose meta-adaptive exploration https://github.com/kelp/ZAXS, "
            "a reasoning framework based on LLM agents. We build on https://github.com/other/tool for parsing.")
    roles = {e.name: e.role for e in (repository_entity(text, m) for m in repositories_in(text).values())}
    assert roles == {"kelp/ZAXS": Role.CODE, "other/tool": Role.MENTIONS}, roles


@pytest.mark.parametrize(("text", "name", "url"), [
    ("available at https://github.com/zorb/Kelp-Bench.Warning: this paper contains unsafe text.", "zorb/Kelp-Bench",
     "https://github.com/zorb/Kelp-Bench"),
    ("see github.com/zorb/Cream/tree/main/TinyKelp.The code is public.", "zorb/Cream",
     "github.com/zorb/Cream/tree/main/TinyKelp"),
    ("weights: https://huggingface.co/zorb/Kelp-7B.Code is at ...", "hf:zorb/Kelp-7B",
     "https://huggingface.co/zorb/Kelp-7B"),
    ("code: github.com/zorb/kelp.js and more", "zorb/kelp.js", "github.com/zorb/kelp.js"),
])
def test_a_sentence_run_on_after_a_link_is_no_part_of_it(text: str, name: str, url: str) -> None:
    """"github.com/zsxr15/Lingua-SafetyBench.Warning: this paper ...": the next sentence, its space lost, is cut off
    (a lower-case extension, ".js", stays the repository's)."""
    (match,) = find_repositories(text)
    assert (match.name, match.url) == (name, url)
