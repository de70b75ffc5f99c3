"""Text normalization for titles and abstracts, applied once by every loader.

arXiv wraps abstracts at 80 columns, listings escape HTML, and authors leave
TeX behind. Extraction and entity resolution want one clean string, but must
never lose characters that carry meaning in names ("M^2-Encoder", "ViT-L/14",
"~100M"), so every rewrite here is narrow and local.
"""

from __future__ import annotations

import html
import re
import unicodedata

# A hard line break inside a URL: "https://github.com/foo/\nbar". Joined without a space.
_URL_BREAK = re.compile(r"((?:https?://|www\.|github\.com/)[^\s]*[/_.\-#=?&])[ \t]*\n[ \t]*(?=[\w/])")
# ... or a space right after the host's slash: "https://github.com/ KenAdamsJoseph/PersPose" (an owner/repo follows)
_HOST_SLASH_SPACE = re.compile(r"(\bgithub\.com/) +(?=[A-Za-z0-9][\w.-]*/[\w.-])")
_URL_CMD = re.compile(r"\\url\{([^{}]*)\}")
_HREF_CMD = re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}")
_STYLE_CMD = re.compile(r"\\(?:emph|textbf|textit|texttt|textsc|textrm|textsf|mathrm|mathbf|mathit|mathcal|mathsf|"
                        r"mathtt|boldsymbol|text|bf|it|small)\{([^{}]*)\}")
_ESCAPED = re.compile(r"\\([%&_#$])")
# An escaped or discretionary hyphen: "the LLaMA\-based implementation", "pre\--trained" (a backslash left in
# would end the name before it: "LLaMA\")
_TEX_HYPHEN = re.compile(r"\\(?:nobreakdash)?-{1,2}")  # (and "LLaMA\nobreakdash-3.1": a hyphen no line breaks at)
# A TeX accent on a letter: "LL\"aMmlein" is LLäMmlein, "Schr\"{o}dinger" Schrödinger, "\'etude" étude.
_TEX_ACCENT = re.compile(r"\\([\"'`^~])\{?([A-Za-z])\}?")
_COMBINING = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303"}
# "~" is TeX's non-breaking space between words ("Something-Something~v2", "Claude Opus~4.6", "Table~2"),
# but "~100M" and "(~100M" mean "about" and "/~user" is part of a URL: so letter~letter, and a word's last
# letter~digit.
_TILDE = re.compile(r"(?<=[A-Za-z0-9.,;:)])~(?=[A-Za-z(])|(?<=[A-Za-z]{2})~(?=\d)")
# TeX's spacing commands outside math: "86\,min", "gpt-4o\,/\,gemini-2.5-pro", "avg.\ 86"; a thin space
# inside a number groups its thousands ("1\,600" is 1,600) and "\!" takes space away.
_TEX_THOUSANDS = re.compile(r"(?<=\d)\\,(?=\d{3}(?!\d))")
_TEX_SPACE = re.compile(r"\\[,;: ]|\\!")
_INLINE_MATH = re.compile(r"\$([^$\n]{1,80})\$")
_PAREN_MATH = re.compile(r"\\\(([^\n]{1,80}?)\\\)")  # LaTeX's other inline math: "an accuracy of \(69.38\%\)"
_BRACED_SCRIPT = re.compile(r"([\^_])\{([^{}]*)\}")
# An arrow whose backslash a listing lost, between two numbers: "GenEval (0.73rightarrow0.90)".
_LOST_ARROW = re.compile(r"(?<=[\d%])\s*rightarrow\s*(?=[+\-\u2212]?\.?\d)")
# Markdown bold, as Hugging Face abstracts write it: "we introduce **TheoremLlama**", "to **85.67**%".
_MARKDOWN_BOLD = re.compile(r"\*\*((?:[^*\n]|\n(?!\s*\n)){1,120}?)\*\*")  # (a line break inside, not a paragraph)
_UNICODE_CMD = re.compile(r"\\unicode\{x([0-9A-Fa-f]{2,6})\}")
# A backtick typed for an apostrophe: "GPT-4o`s pass rate", "It`s" (a name's possessive must read as one).
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9])`(?=(?:s|t|re|ve|ll|d)\b)")

_TEX_SYMBOLS = {
    r"\times": "×", r"\sim": "~", r"\pm": "±", r"\rightarrow": "→", r"\to": "→",
    r"\leftarrow": "←", r"\Rightarrow": "⇒", r"\approx": "≈", r"\geq": "≥", r"\ge": "≥",
    r"\leq": "≤", r"\le": "≤", r"\neq": "≠", r"\cdot": "·", r"\circ": "°", r"\infty": "∞",
    r"\%": "%", r"\alpha": "α", r"\beta": "β", r"\gamma": "γ", r"\delta": "δ",
    r"\Delta": "Δ", r"\epsilon": "ε", r"\varepsilon": "ε", r"\lambda": "λ", r"\mu": "μ",
    r"\pi": "π", r"\rho": "ρ", r"\sigma": "σ", r"\tau": "τ", r"\theta": "θ", r"\phi": "φ",
    r"\ell": "ℓ", r"\checkmark": "✓", r"\,": " ", r"\!": "", r"\ ": " ",
}
_TEX_SYMBOL_RE = re.compile("|".join(re.escape(k) + (r"(?![A-Za-z])" if k[-1].isalpha() else "")
                                     for k in sorted(_TEX_SYMBOLS, key=len, reverse=True)))


def _unicode_char(match: re.Match[str]) -> str:
    """``\\unicode{x2713}`` as its character; a code point that is none (past U+10FFFF, a surrogate) stays as written."""
    code = int(match.group(1), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)


def _math_to_text(match: re.Match[str]) -> str:
    """Unwrap ``$…$`` or ``\\(…\\)`` when it is trivial (symbols, digits, sub/superscripts); else keep it."""
    body = _UNICODE_CMD.sub(_unicode_char, match.group(1))
    body = _STYLE_CMD.sub(r"\1", body)
    body = _TEX_SYMBOL_RE.sub(lambda m: _TEX_SYMBOLS[m.group(0)], body)
    body = _BRACED_SCRIPT.sub(r"\1\2", body)
    if "\\" in body or "{" in body or "}" in body:
        return match.group(0)
    return body.strip()


# Code points no UTF-8 writer takes: lone surrogates, from JSON escapes ("\\ud800") or file names
# with undecodable bytes.
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so that any writer can encode it."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # 4x faster than searching for them; UTF-8 encodes all else
    except UnicodeEncodeError:
        return _UNENCODABLE.sub("\ufffd", text)
    return text


def normalize_text(text: str) -> str:
    """Return ``text`` as one clean line: HTML unescaped, breaks joined, TeX remnants as text."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if ("\n" in text or "\r" in text) and ("http" in text or "www." in text or "github.com" in text):
        text = _URL_BREAK.sub(r"\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "github.com/ " in text:
        text = _HOST_SLASH_SPACE.sub(r"\1", text)
    if "$" in text:
        text = _INLINE_MATH.sub(_math_to_text, text)
    if "\\(" in text:
        text = _PAREN_MATH.sub(_math_to_text, text)
    if "\\" in text:
        text = _HREF_CMD.sub(r"\2 (\1)", text)
        text = _URL_CMD.sub(r"\1", text)
        for _ in range(3):  # nested: "\textbf{\emph{1.46}}" (each pass unwraps one level)
            text, unwrapped = _STYLE_CMD.subn(r"\1", text)
            if not unwrapped:
                break
        text = _ESCAPED.sub(r"\1", text)
        if any(f"\\{mark}" in text for mark in _COMBINING):
            text = _TEX_ACCENT.sub(lambda m: unicodedata.normalize("NFC", m[2] + _COMBINING[m[1]]), text)
        if "\\-" in text or "\\nobreakdash-" in text:
            text = _TEX_HYPHEN.sub("-", text)
        if "\\," in text:
            text = _TEX_THOUSANDS.sub(",", text)
        text = _TEX_SPACE.sub(lambda m: "" if m.group() == "\\!" else " ", text)
    if "**" in text:
        text = _MARKDOWN_BOLD.sub(r"\1", text)
    if "{-}" in text:
        text = text.replace("{-}", "-")  # TeX's guarded hyphen: "3D{-}UNet"
    if "~" in text:
        text = _TILDE.sub(" ", text)
    if "rightarrow" in text:
        text = _LOST_ARROW.sub(" \u2192 ", text)
    if "`" in text:
        text = _BACKTICK_APOSTROPHE.sub("'", text)
    return " ".join(text.replace("\u200b", "").split())
