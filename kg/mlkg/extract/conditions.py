"""The setting and the task a claimed result is stated under, read from its sentence.

"76.2% zero-shot top-1 accuracy on ImageNet" and "88.5% on ImageNet after fine-tuning" are not
one leaderboard's rows, nor are "45.1 AP on COCO object detection" and "39.8 AP on COCO instance
segmentation". The settings (zero-shot, one-shot, N-shot, few-shot, linear probing, fine-tuned,
in-context) and the tasks (a small list of common ML tasks) are data, ``data/conditions.toml``.

A sentence often names a setting or a task that is not its number's: "unlike zero-shot methods",
"outperforms fine-tuned BERT", "while keeping image classification accuracy". A result gets one
only when the sentence ties it to the number:

- a setting written right before the result's own model ("zero-shot CLIP reaches [76.2%]"), which
  also rules it out for every other model's number;
- else the nearest mention in the number's clause: before it, with no other number between
  ("our zero-shot model reaches [76.2%]", "a zero-shot accuracy of [76.2%]", "on object detection,
  it reaches [45.1 AP]") unless it opens the clause ("In the zero-shot setting, A reaches [x] and
  B [y]"); or after it, right after ("[76.2%] zero-shot top-1 accuracy", "[76.2%] (zero-shot)",
  "[85.1%] after fine-tuning", "[45.1 AP] on COCO object detection"). The numbers of one list
  ("70.1%, 72.3% and 75.0%", "40.3/48.9") count as one.

Never a mention that is negated ("without fine-tuning", "requires no fine-tuning", "fine-tuning-
free"), one coordinated with another ("zero-shot and few-shot accuracies", "math and coding
benchmarks": which is whose is unclear), one that describes what the number is compared with
("than fine-tuned models", "outperforms direct fine-tuning"), one in brackets the number is not in,
one already tied to an earlier number, or, for a task, the one a model was pre-trained on. No
setting or task is better than a wrong one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from mlkg.errors import Errors, MlkgError

from .words import alternation

__all__ = ["Conditions", "ConditionsTableError", "Mention", "conditions_of", "find_settings", "find_tasks",
           "names_conditions", "parse_tables", "split_setting"]


class ConditionsTableError(MlkgError, ValueError):
    """``data/conditions.toml`` cannot be read; the message names the record and the fix."""


class Mention(NamedTuple):
    """A setting or task a text names: where, and its name as the graph writes it."""

    start: int
    end: int
    name: str


@dataclass(frozen=True, slots=True)
class Conditions:
    """What a result is stated under; "" where its sentence says nothing that can be trusted."""

    setting: str = ""
    task: str = ""


@dataclass(frozen=True)
class _Tables:
    settings: tuple[tuple[str, re.Pattern[str]], ...]  # (name, pattern), first match wins
    tasks: re.Pattern[str]  # one alternation, longest alias first
    task_names: dict[str, str]  # alias (lower case, spaces) -> task
    numbers: tuple[str, ...]


def _fail(where: str, problem: str) -> ConditionsTableError:
    return ConditionsTableError(Errors.E173.format(where=where, problem=problem))


def _strings(record: dict[str, Any], key: str, where: str) -> list[str]:
    items = record.get(key)
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise _fail(where, f"{key!r} is not a non-empty list of strings")
    return items


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    with resources.files(__package__).joinpath("data", "conditions.toml").open("rb") as fh:
        return parse_tables(tomllib.load(fh), "mlkg/extract/data/conditions.toml")


def parse_tables(data: dict[str, Any], source: str) -> _Tables:
    """The settings and tasks of a parsed conditions table; ConditionsTableError (E173) names a bad record."""
    numbers = tuple(data.get("numbers", {}).get("words", ()))
    settings = []
    for index, record in enumerate(data.get("setting", ())):
        where = f"{source}: setting[{index}]"
        name = record.get("name") if isinstance(record, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise _fail(where, "has no name")
        body = "|".join(f"(?:{p})" for p in _strings(record, "patterns", where))
        try:
            pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        except re.error as exc:
            raise _fail(where, f"a pattern is no regular expression ({exc})") from None
        if ("{n}" in name) != ("n" in pattern.groupindex):
            raise _fail(where, f"{name!r}: a name with {{n}} needs a pattern group (?P<n>...), and only it")
        settings.append((name, pattern))
    task_names: dict[str, str] = {}
    for index, record in enumerate(data.get("task", ())):
        where = f"{source}: task[{index}]"
        name = record.get("name") if isinstance(record, dict) else None
        if not isinstance(name, str) or name != name.lower().strip():
            raise _fail(where, "has no name in lower case")
        for alias in _strings(record, "aliases", where):
            if alias != " ".join(alias.lower().split()) or task_names.get(_task_key(alias), name) != name:
                raise _fail(where, f"alias {alias!r} is not lower case with single spaces, or another task's")
            task_names[_task_key(alias)] = name
    if not settings or not task_names:
        raise _fail(source, "needs [[setting]] and [[task]] records")
    aliases = sorted({a for r in data["task"] for a in r["aliases"]}, key=lambda a: (-len(a), a))
    tasks = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a).replace(r"\ ", "[ -]").replace(r"\-", "[ -]")
                                                 for a in aliases)
                       + r")(?![\w-])", re.IGNORECASE)
    return _Tables(tuple(settings), tasks, task_names, numbers)


def _setting_name(name: str, match: re.Match[str], numbers: tuple[str, ...]) -> str:
    if "{n}" not in name:
        return name
    n = match.group("n").lower()
    return name.replace("{n}", str(numbers.index(n)) if n in numbers else n)


def find_settings(text: str) -> list[Mention]:
    """Every setting ``text`` names, in order; where patterns overlap, or two settings are written as
    one ("5-shot in-context learning"), the record listed first wins."""
    tables = _tables()
    found: list[tuple[int, Mention]] = []
    for rank, (name, pattern) in enumerate(tables.settings):
        for m in pattern.finditer(text):
            if not any(f.start < m.end() and m.start() < f.end for _, f in found):
                found.append((rank, Mention(m.start(), m.end(), _setting_name(name, m, tables.numbers))))
    out: list[tuple[int, Mention]] = []
    for rank, mention in sorted(found, key=lambda f: f[1]):
        if out and not text[out[-1][1].end:mention.start].strip():
            first_rank, first = out[-1]
            out[-1] = (min(rank, first_rank), Mention(first.start, mention.end,
                                                      first.name if first_rank <= rank else mention.name))
        else:
            out.append((rank, mention))
    return [m for _, m in out]


def _task_key(text: str) -> str:
    """An alias or a written task, hyphens read as spaces: the patterns let either stand for a space."""
    return " ".join(text.lower().replace("-", " ").split())


def find_tasks(text: str) -> list[Mention]:
    """Every task ``text`` names, in order (the longest alias at a place)."""
    tables = _tables()
    return [Mention(m.start(), m.end(), tables.task_names[_task_key(m.group())]) for m in tables.tasks.finditer(text)]


def split_setting(metric: str) -> tuple[str, str]:
    """(setting, the metric without it) for a metric written with its setting: "zero-shot top-1
    accuracy" -> ("zero-shot", "top-1 accuracy"); ("", metric) when it names none, or nothing else."""
    mentions = find_settings(metric)
    if not mentions:
        return "", metric
    first = mentions[0]
    rest = " ".join(f"{metric[:first.start]} {metric[first.end:]}".split())
    return (first.name, rest) if rest else ("", metric)


# A clause of a sentence ends at these (an evidence sentence may run on: ". " before a capital too).
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|although|though|but)\b|\.\s+(?=[A-Z])")
_NEGATED = re.compile(
    r"(?i:\b(?:without|w/o|no|not|non|unlike|rather than|instead of|beyond|excluding|eliminat\w*|avoid\w*|"
    r"bypass\w*|free of)\s+(?:[\w-]+\s+){0,2})$")
_NEGATED_AFTER = re.compile(r"(?i:-free\b|\s+(?:is|are|was|were)\s+(?:not|no longer)\b)")
# Shortly before a setting that describes what the number is compared with: "than fine-tuned models",
# "outperforms direct fine-tuning".
_COMPARED = re.compile(
    r"(?i:\b(?:than|over|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|in comparison (?:to|with)|"
    r"relative to|versus|vs\.?|match(?:es|ing)?|rival\w*|on par with|comparable to|competitive with|approaching|"
    r"close to|similar to)\s+(?:[\w-]+\s+){0,2})$")
_PRETRAINED = re.compile(r"(?i:\bpre-?train\w*\s+(?:[\w-]+\s+){0,3}?(?:on|for|with)\s+(?:the\s+|a\s+)?)$")
# A name coordinated with another ("mathematical reasoning and coding benchmarks", "zero-shot and
# few-shot accuracies"): which number is whose is unclear. A verb after "and" starts another clause.
_LIST_BEFORE = re.compile(r"[A-Za-z][\w-]*(?<!ly)\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+|&\s*|/\s*)$")
_LIST_AFTER = re.compile(  # (a comma before a capital ends an opening phrase: "On image classification, FooNet")
    r"\s*(?:,\s*(?:and|or)\s+|and\s+|or\s+|&\s*|/\s*|,\s*(?=[a-z]))"
    rf"(?!(?:the|a|an|it|we|our|{alternation('results.result_verbs')}|improv\w*|outperform\w*|surpass\w*|"
    r"show\w*|demonstrat\w*|exceed\w*|beat\w*|match\w*|rival\w*)\b)[A-Za-z]")
# Between a number and a setting stated right after it: "[76.2%] (zero-shot)", "[85.1%] after fine-tuning",
# "[0.307 RMSE] on NYUv2 with a linear probe", "[70.3%] on MMLU (5-shot)".
_SETTING_AFTER = re.compile(
    r"\s*\)?\s*(?:\(\s*|,\s*)?(?:(?:in|under|with|after|when|using|via|through|for)\s+(?:the\s+|a\s+|an\s+)?)?"
    r"|[^;,()]{0,60}?\s(?:in|under|with|after|when|using|via|through)\s+(?:the\s+|a\s+|an\s+)?"
    r"|[^;,()]{0,40}?\s\(\s*")
# Between a number and a task after it: no other clause ("[45.1 AP] on COCO object detection").
_TASK_AFTER = re.compile(r"[^;,]{0,80}")
# The opening phrase of a clause that frames its numbers: "In the zero-shot setting, ...", "Zero-shot, ...",
# "On image classification, ...": a preposition (or the name itself), the name, a few more words, a comma.
_FRAME_BEFORE = re.compile(r"(?i:\s*(?:(?:in|under|for|with|on|across|when|after|using|via|through|at|during)\b[^,]*)?)")
_FRAME_AFTER = re.compile(r"[^\d,;]{0,60}?,")
_VALUE_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)")


def _clause(sent: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_BREAK.finditer(sent, 0, at):
        start = m.end()
    end = _CLAUSE_BREAK.search(sent, at)
    return start, end.start() if end else len(sent)


def _runs(sent: str, values: Sequence[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Each value's run: numbers separated only by list punctuation ("70.1%, 72.3% and 75.0%",
    "40.3/48.9") share what the sentence says of one of them."""
    run, out, previous = 0, {}, None
    for value in sorted(set(values)):
        if previous is not None and not _VALUE_RUN_GAP.fullmatch(sent, previous[1], value[0]):
            run += 1
        out[value], previous = run, value
    return out


def _frame(sent: str, m: Mention, clause_start: int) -> int:
    """The end of the clause's opening phrase when the mention is in it, else -1."""
    after = _FRAME_AFTER.match(sent, m.end)
    if after is None or len(sent[m.end:after.end()].split()) > 6 or not _FRAME_BEFORE.fullmatch(
            sent, clause_start, m.start):
        return -1
    return after.end()


def _bracketed_apart(sent: str, m: Mention, value: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """The mention is inside brackets that hold another number, not this one: "(0.307 RMSE with a linear
    probe), and [77.7]" (but "[70.3%] on MMLU (5-shot)" annotates what it follows)."""
    opened = sent.rfind("(", 0, m.start)
    if opened < 0 or sent.rfind(")", opened, m.start) >= 0:
        return False
    closed = sent.find(")", m.end)
    return closed >= 0 and not opened < value[0] < closed and any(opened < w[0] < closed for w in others)


def _listed(sent: str, m: Mention) -> bool:
    return bool(_LIST_BEFORE.search(sent, max(0, m.start - 40), m.start) or _LIST_AFTER.match(sent, m.end))


def _negated(sent: str, m: Mention) -> bool:
    return bool(_NEGATED.search(sent, max(0, m.start - 40), m.start) or _NEGATED_AFTER.match(sent, m.end)
                or sent[max(0, m.start - 4):m.start].lower() == "non-")


def _owner(m: Mention, names: Sequence[tuple[int, int, str]], sent: str) -> str:
    """The named model a mention is written right before ("zero-shot CLIP"), or ""."""
    gap = len(sent) - m.end - len(sent[m.end:].lstrip())
    return next((name for start, _, name in names if start == m.end + gap and 0 < gap <= 2), "")


def _pick(sent: str, value: tuple[int, int], values: Sequence[tuple[int, int]], mentions: Sequence[Mention],
          after: re.Pattern[str]) -> str:
    """The nearest mention tied to the number (the module's rule 3), or ""."""
    v_start, v_end = value
    c_start, c_end = _clause(sent, v_start)
    runs = _runs(sent, [*values, value])
    others = [w for w in values if w != value and runs[w] != runs[value]]  # not of the number's own list
    best: tuple[int, str] | None = None
    for m in mentions:
        if not (c_start <= m.start and m.end <= c_end) or _bracketed_apart(sent, m, value, others):
            continue
        if m.end <= v_start:
            frame = _frame(sent, m, c_start)
            between = any(m.end <= w[0] and w[1] <= v_start for w in others)
            consumed = any(w[1] <= m.start and after.fullmatch(sent, w[1], m.start) for w in others)
            if consumed or between and not 0 <= frame <= v_start:
                continue
            distance = v_start - m.end
        elif m.start >= v_end:
            last = max((w[1] for w in values if runs.get(w) == runs[value] and w[1] <= m.start), default=v_end)
            if any(v_end <= w[0] and w[1] <= m.start for w in others) or not after.fullmatch(sent, last, m.start):
                continue
            distance = m.start - v_end
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, m.name)
    return best[1] if best else ""


def conditions_of(sent: str, value: tuple[int, int], values: Sequence[tuple[int, int]], model: str = "",
                  names: Sequence[tuple[int, int, str]] = ()) -> Conditions:
    """The setting and task of the number at ``value`` (offsets into ``sent``, its sentence).

    ``values`` are the spans of every number of the sentence that may be a result, ``model`` the
    result's model, ``names`` the spans and names of the models the sentence names (a setting written
    right before one is that model's)."""
    setting = ""
    usable: list[Mention] = []
    settings, tasks = _sentence_mentions(sent)
    for m in settings:
        owner = _owner(m, names, sent)
        if owner:
            if owner == model and not _negated(sent, m):
                setting = m.name  # "zero-shot CLIP (76.2%)": CLIP's number
                break
            continue  # another model's setting
        if not (_negated(sent, m) or _listed(sent, m) or _COMPARED.search(sent, max(0, m.start - 80), m.start)):
            usable.append(m)
    setting = setting or _pick(sent, value, values, usable, _SETTING_AFTER)
    return Conditions(setting, _pick(sent, value, values, tasks, _TASK_AFTER) if tasks else "")


def names_conditions(sent: str) -> bool:
    """Whether ``sent`` names a setting, or a task not ruled out, that :func:`conditions_of` may tie to one of its
    numbers: where it names neither, every number's conditions are empty (its numbers need not be read)."""
    settings, tasks = _sentence_mentions(sent)
    return bool(settings or tasks)


@lru_cache(maxsize=256)
def _sentence_mentions(sent: str) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The settings a sentence names, and the tasks it names that no result's conditions rule out (negated,
    listed, or pre-trained on): read once per sentence, as every result of the sentence asks for both."""
    tasks = tuple(m for m in find_tasks(sent) if not (_negated(sent, m) or _listed(sent, m) or _PRETRAINED.search(
        sent, max(0, m.start - 80), m.start)))
    return tuple(find_settings(sent)), tasks
