"""Every error a user can cause shares one base, :class:`MlkgError`, and a numbered code.

As in spaCy, the messages live in one place (:class:`Errors`), each says what went wrong
*and how to fix it*, and reading ``Errors.E001`` gives the message prefixed with its code,
``"[E001] ..."``, so a user can search for the code. The CLI catches ``MlkgError`` only and
prints it on one line; anything else is a bug in mlkg and shows its traceback.

Codes are grouped by the layer that raises them:

- ``E0xx`` loaders (reading listings)
- ``E1xx`` extraction and its evaluation
- ``E2xx`` resolution, the graph and its validation
- ``E3xx`` the build (cache, shards, runners)
- ``E4xx`` exporters
- ``E5xx`` querying and stores (SPARQL, Cypher, Neo4j)
- ``E6xx`` the interactive page and the browser
- ``E8xx`` ``mlkg serve`` (the SPARQL endpoint and the explorer); ``E85x``-``E87x`` ``mlkg fetch`` and ``mlkg update``
- ``E9xx`` the command line
"""

from __future__ import annotations

import re

_CODE = re.compile(r"\[(E\d{3})\]")


class _ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        message = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(message, str):
            return message
        return f"[{code}] {message}"


class Errors(metaclass=_ErrorsWithCodes):
    """The message of every coded error; format the ``{placeholders}`` with ``.format``."""

    # E0xx loaders
    E001 = "no such file or directory; check the path (quote glob patterns so the shell does not expand them)"
    E002 = "the pattern matches no file; check the pattern, or quote it so that mlkg expands it"
    E003 = "the file is empty; give a listing with at least one paper"
    E004 = "cannot read: {why}; check the file's permissions, or download it again if it is damaged"
    E005 = "cannot read after {where}: {why}; what was read before is kept; download the file again for the rest"
    E006 = "invalid UTF-16 text ({why}); save the file as UTF-8"
    E007 = "unknown format; valid formats: {valid}"
    E008 = "cannot tell the listing format; pass --format (one of: {valid})"
    E009 = "DTDs and entity declarations are not allowed in a feed; remove the <!DOCTYPE ...> declaration"
    E010 = "malformed XML at line {line}: {why}; the entries before it are kept"
    E011 = "invalid JSON at line {line} column {column}: {why}"
    E012 = "JSON nested too deeply; a listing item is a flat object"
    E013 = "the JSON list is cut short or malformed after this item; the items before it are kept"
    E014 = "expected a JSON list or object, found {found}; give a Hugging Face papers API response"
    E015 = "no paper found: expected blocks ending in a '·' line and a date; pass --format if this is not a saved Daily Papers page"
    E016 = "no title column among {columns}; map one with --field title=COLUMN"
    E017 = "no header row: {why}; the first line must name the columns"
    E020 = ("line {line} is longer than {limit} MiB (a decompression bomb, or not a listing?); the records "
            "before it are kept; split the file into lines of one record each")
    E021 = ("decompresses to more than {limit} GiB; the records before the cap are kept; split the listing "
            "into smaller files")
    E022 = ("decompresses {ratio}x bigger than it is (a decompression bomb?); the records before it are kept; "
            "if it is a real listing, gunzip it and give the plain file")
    E023 = ("one JSON item is larger than {limit} MiB; the items before it are kept; give one paper per "
            "item")
    E024 = ("one <entry> is larger than {limit} MiB; the entries before it are kept; give one paper per "
            "entry")

    # E1xx extraction and evaluation
    # E100-E149 the extractor (lexicon, spaCy pipeline)
    E100 = ("{path}: cannot read the lexicon ({reason}); check the lexicon path, or give none to use the "
            "shipped data/lexicon.jsonl")
    E101 = ("{path}: line {line}: not a lexicon record ({problem}); each line must be a JSON object with "
            '"id", "name", "aliases" and "type" (see data/lexicon.jsonl)')
    E102 = "{path}: line {line}: unknown lexicon type {type!r}; use one of: {valid}"
    # E130-E139 the trained decider (mlkg_decide) and its training
    E130 = ("{path}: cannot read the decider's weights ({detail}); give a file written by "
            "`python -m mlkg.extract.decide.train`, or none to use the shipped weights")
    E131 = ("{path}: cannot read the decider's training config ({detail}); see "
            "kg/mlkg/extract/decide/train.cfg for the sections and keys it needs")
    E132 = ("{where}: no training data: {detail}; check the [corpora] paths of the training config "
            "(relative paths start at the repository root)")
    E133 = ("{path}: cannot read the results decider's weights ({detail}); give a file written by "
            "`python -m mlkg.extract.decide.train_pairs`, or none to use the shipped weights")
    # E150-E169 evaluation (mlkg eval)
    E150 = "{path}: no such file; give the path of a JSON Lines file"
    E151 = "{path}: not UTF-8 text (byte {byte}); save the file as UTF-8"
    E152 = "{path}: cannot read ({reason}); check the path and its permissions"
    E153 = "{where}: invalid JSON ({msg} at column {col}); fix that line (one JSON object per line)"
    E154 = "{where}: expected a JSON object, got {kind}; write one paper object per line"
    E155 = '{where}: record lacks a "title" string; every paper needs its title (papers are matched by title)'
    E156 = '{where}: record lacks an "entities" list; write "entities": [] for a paper without any'
    E157 = '{where}: entities[{index}] is not an object with "name" and "type"; add both'
    E158 = '{where}: "results" is not a list; write "results": [...] or leave it out'
    E159 = "{where}: duplicate paper title {title!r}; keep one gold record per paper"
    E160 = ("gold split {split!r}: {path} is missing; pass --gold-dir (tests/data/gold of the mlkg repository) "
            "and, for dev-page, --data (the folder with data/ and gold/, e.g. ../shared)")
    E161 = "unknown gold split {split!r}; choose one of: {valid}"
    # E170-E179 the metric and conditions tables (mlkg.extract.metrics, mlkg.extract.conditions)
    E170 = ("{where} {problem}; each [[metric]] needs a name, lower_is_better = true or false, a unit, and "
            "optional aliases (lower case) and patterns (regular expressions), as the file's header says")
    E171 = ("{source}: the alias {alias!r} is in two metric families, {first!r} and {second!r}; keep it in the "
            "one it names")
    E172 = "{path}: cannot read the metric table ({reason}); give a TOML file of [[metric]] records"
    E173 = ("{where}: {problem}; each [[setting]] needs a name and patterns, each [[task]] a lower-case name "
            "and aliases, as the header of mlkg/extract/data/conditions.toml says")
    # E180-E189 the extractor registry
    E180 = "unknown extractor {name!r}; choose one of: {valid}"
    # E190-E199 the extraction file format (mlkg.codec)
    E190 = ('{source}: not an mlkg extraction file (its first line is not a {{"mlkg_extractions": N}} '
            "header); write predictions with `mlkg extract`, or give a directory written by `mlkg build`")
    E191 = ("{source}: extraction format version {version!r}, but this mlkg reads version {supported}; "
            "write the file again with this mlkg (`mlkg extract`, or `mlkg build` for a build's cache)")
    E192 = ("{source}:{line}: damaged extraction record ({problem}); write the file again with "
            "`mlkg extract`, or rebuild from all inputs with `mlkg build`")

    # E2xx resolution, graph, validation
    # E200-E249 identity, word lists, resolution, graph, lexicon building
    E200 = ("no word list {name!r} in mlkg/extract/data/words.toml; name it as `table.key` "
            "(e.g. `heads.dataset`) or add the list to that file")
    E201 = ("{path}: no corpus found (neither arxiv/arxiv_daily_abstracts.jsonl.gz nor "
            "hf_daily_api/); give the shared data folder with --data")
    # E250-E299 SHACL validation (mlkg validate)
    E250 = "{path}: cannot tell the RDF format of this {what} from its extension; use .ttl, .nt or .jsonld"
    E251 = "{path}: no such {what} file; give a graph file or a `mlkg build` output directory"
    E252 = "{path}: not valid {format}: {detail}; fix the file or rebuild it with `mlkg build`"
    E253 = "{path}: cannot read {what}: {detail}; check the path and its permissions"
    E254 = ("{path}: no {files} in this directory; build with `mlkg build ... --formats nt` or give a "
            "graph file")
    E255 = "{where}: not valid SHACL: {detail}; fix the shapes file (or drop --shapes for the shipped ones)"

    # E3xx build
    E300 = "no papers were read from the inputs{detail}; check the paths, and --format if detection fails"
    E301 = ("--strict: {count} problem(s); first: {first}. Fix those records, or drop --strict to skip "
            "or repair them")
    E302 = "--update needs the output directory of an earlier build; give it with --update DIR"
    E303 = "the partition size must be at least 1 (got {size}); give --partition-size 1 or more"
    E304 = ("{source}: the extraction cache was written with {key}={old!r}, this run has {new!r}; "
            "rebuild from all inputs instead of --update")
    # E310-E319 the extraction cache
    E310 = "{path}: no extraction cache; give a directory written by `mlkg build`"
    E311 = "{path}: unreadable ({reason}); rebuild from all inputs (mlkg build INPUTS -o DIR, without --update)"
    # E320-E329 shards (a damaged shard is reported and extracted again)
    E320 = "{source}: columns {found}, expected {expected}; it is extracted again"
    E321 = "{source}: corrupt shard (it holds other papers than its partition); it is extracted again"
    E322 = "{source}: unreadable shard ({problem}); it is extracted again"
    E323 = "{source}: not a finished shard of these papers; it is extracted again"
    E324 = "{source}: {reason}; it is extracted again"
    E325 = "{source}: corrupt shard (its SHA-256 differs from the manifest's); it is extracted again"
    # E330-E339 runners
    E330 = 'Dask is missing: pip install "mlkg[dask]", or build without --dask'
    E331 = "the number of processes must be 0 (one per core) or more (got {processes})"
    # E340-E349 the output directory (lock, writing) and, by allocation, --bind values
    E340 = "{path} is a file, not a directory; give --out a directory (a new one, or an earlier build's)"
    E341 = "{path}: cannot write here ({reason}); choose a directory you can write to, or fix its permissions"
    E342 = ("{path} is being written by {holder}; wait for it to finish (`mlkg build` waits with --wait), "
            "then run the command again")
    E343 = ("disk full writing {what}; the previous outputs in {outdir} are unchanged; free some space "
            "and run the same command again (--resume keeps the finished partitions)")
    E344 = ("cannot write {what} ({reason}); the previous outputs in {outdir} are unchanged; fix that and "
            "run the same command again (--resume keeps the finished partitions)")
    E345 = ("cannot replace the outputs in {outdir} ({reason}) after {done} of {total} were replaced; "
            "they are now a mix of two builds: fix that and run the same command again")
    E346 = ("--bind {name}={value}: not a valid IRI or literal ({detail}); give an IRI as "
            "<https://example.org/x> (no spaces), or UTF-8 text (quote it, \"...\", to force a string)")
    E347 = "{path} is a directory; give --out a file name, e.g. {path}/predictions.jsonl"
    # E350-E359 compact JSON-LD, the VoID description of a build, the ontology's documentation page
    E350 = ("{term}: JSON-LD 1.1 has no form for this term (an RDF 1.2 triple term, or a literal as a "
            "subject); write graph.jsonld from RDF 1.1 triples, or choose --formats nt or ttl")
    E351 = ("{path}: the earlier build's void.ttl is unreadable ({detail}); --update keeps the inputs it "
            "lists: delete it to describe only this run's inputs, or rebuild from all inputs")
    E352 = 'pyLODE is missing: pip install "mlkg[docs]" (it writes the ontology\'s documentation page)'
    E353 = ("{path}: no docs/ folder beside the ontology (an installed mlkg, not a source checkout); "
            "give the page's path: python -m mlkg.ontology doc OUT.html")

    # E4xx exporters
    E401 = "unknown export format {name!r}; valid: {valid}"
    E402 = ("{name} writes {kind}, not a file of a build; valid formats of a build: {valid} (run "
            "`mlkg export {name} BUILD_DIR ...` after the build)")
    E403 = "export {name} writes files: give the directory with --out DIR"
    E404 = "export {name} writes to a Neo4j server: give its connection (--uri, --user, --password)"
    E405 = ("{name!r} is not a plain Cypher identifier; fix its neo4j_label/neo4j_type in "
            "ontology/schema.toml")

    # E5xx querying and stores
    # E500-E509 the Neo4j server (mlkg.stores.neo4j)
    E501 = ("authentication failed for user {user!r} at {uri}; check --user/--password or "
            "NEO4J_USER/NEO4J_PASSWORD")
    E502 = "cannot reach Neo4j at {uri} ({detail}); is the server running? (--uri or NEO4J_URI)"
    E503 = "bad Neo4j URI {uri!r}: {detail}; use bolt://HOST:7687 or neo4j://HOST:7687 (--uri or NEO4J_URI)"
    E504 = ("database {database!r} does not exist at {uri}; `SHOW DATABASES` lists them (--database or "
            "NEO4J_DATABASE)")
    E505 = "Cypher error: {detail}; fix the query (the server's message says where)"
    E506 = "Neo4j refused the write: {detail}; check the server's log and free space, then export again"
    # E510-E519 graph files and the embedded oxigraph store (mlkg.stores.oxigraph)
    E510 = ("{path}: no graph file in this directory (looked for {files}); build with "
            "`mlkg build ... --formats nt`")
    E511 = "{path}: no such file or directory; give a graph file or a `mlkg build` output directory"
    E512 = "{path}: unknown graph format {suffix!r}; expected one of {valid}"
    E513 = "{path}: cannot load as {format}: {detail}; rebuild the graph with `mlkg build`"
    # E520-E539 queries (mlkg.query)
    E520 = "{message}"  # SPARQL syntax errors: the parser's message with the line it points at
    E521 = "--bind {item!r}: expected NAME=VALUE, e.g. --bind dataset=ImageNet"
    E522 = "{detail}{hint}"  # a query that cannot run: the engine's message and, for bindings, the fix
    E523 = "unknown output format {fmt!r}; valid: {valid}"
    E524 = "ready-made query {name!r} has no Cypher twin; run its SPARQL with `mlkg query GRAPH --name {name}`"
    E530 = "no ready-made query {name!r}; available: {valid} (`mlkg queries` describes them)"
    E531 = "query {name!r} has no parameter {param!r}; parameters: {valid}"
    # E540-E549 notebook tables (mlkg.explore)
    E540 = "mlkg's DataFrames need pandas ({detail}); install it with: {hint}"
    E541 = "unknown entity type {name!r}; valid: {valid}"
    E542 = "unknown freq {name!r}; valid: {valid}"
    E543 = "n must be at least 0, not {n}"

    E550 = ("{env} is set but Neo4j is not usable: {why}; start it (`bash tests/neo4j/server.sh start`) "
            "or unset {env}")
    # E560-E569 the Neo4j export's values and schema (mlkg.export.neo4j)
    E560 = ("node {node!r}: {prop} {value!r} is not an ISO date (YYYY-MM-DD), which Neo4j stores as a "
            "date; rebuild the graph with `mlkg build`")

    # E6xx page and browser
    E601 = "unknown node type(s) {names}; valid: {valid}"
    E602 = "--min-papers, --hops and --top take numbers ≥ 0"
    E603 = "no node named {name!r} among the selected node types{suggestion}; check the spelling or --types"
    E610 = ("no Chromium found: install Debian's `chromium` package (apt-get install chromium) or point "
            "MLKG_CHROMIUM at a Chromium binary")
    E611 = 'Playwright is missing: pip install "mlkg[browser]"'
    E612 = "{url}: {detail}; the page did not become ready in the browser (see the message)"

    # E70x RDF model
    E700 = "unknown reification {given!r}; valid: {valid}"

    # E800-E819 `mlkg serve`: the SPARQL endpoint, the app and its command (mlkg.serve)
    E800 = ("the query ran past the {seconds:g} s time limit and was stopped; make it more selective "
            "(a LIMIT, fewer OPTIONALs), or start the server with a longer `mlkg serve --timeout`")
    E801 = ("this endpoint is read-only: SPARQL updates ({how}) are refused; change the graph with "
            "`mlkg build --update OUTDIR NEW...` and the server reloads it")
    E802 = ("no query: send one as ?query=... (GET), as the form field query (POST "
            "application/x-www-form-urlencoded) or as the body of a POST application/sparql-query")
    E803 = "none of the accepted media types ({accept}) fits a {kind} result; available: {valid}"
    E804 = "unknown format={given!r} for a {kind} result; valid: {valid}"
    E805 = ("request body larger than {limit} bytes; send a shorter query (the limit guards the server "
            "against oversized requests)")
    E806 = "query string longer than {limit} bytes; send the query in the body of a POST instead"
    E807 = ("unsupported Content-Type {given!r} for POST /sparql; use application/x-www-form-urlencoded "
            "or application/sparql-query")
    E808 = "{path}: {why}; give the output directory of a finished `mlkg build ... -o DIR`"
    E809 = "cannot listen on {host}:{port}: {why}; choose another --port (or stop what is using it)"
    E810 = "the query worker stopped unexpectedly ({why}); the query was not answered, try it again"
    E811 = "--timeout must be a positive number of seconds, not {given}"
    E812 = "the query has more than one {name!r} parameter; send exactly one"
    E813 = "the request body is not UTF-8 text; send the query encoded as UTF-8"
    E814 = ("could not load {graph} in memory ({why}); queries go on from the on-disk store. If the machine "
            "is short of memory (the in-memory copy takes about 7 bytes of RAM per byte of Turtle), "
            "start with `mlkg serve --store disk`")
    E815 = "the in-memory store's keeper could not fork a query worker ({why}); falling back to the on-disk store"
    E816 = "unknown --store {given!r}; valid: memory (the graph in RAM, fast queries), disk (the on-disk store)"

    # E820-E839 the explorer index and its pages (mlkg.export.explorer, mlkg.serve.index)
    E820 = ("no explorer index at {path}; build it with `mlkg build` (every build writes explore.sqlite) "
            "or `mlkg export explorer BUILD_DIR -o BUILD_DIR`")
    E821 = "{path} is not a readable explorer index ({detail}); write it again with `mlkg export explorer`"
    E822 = ("{path} is an explorer index of version {found}, this mlkg reads version {expected}; write it "
            "again with `mlkg export explorer` or `mlkg build --update`")
    E823 = "unknown node type(s) {names} in the search filter; valid: {valid}"
    E824 = "{name} must be {valid}, not {value!r}"

    # E850-E879 mlkg fetch and mlkg update (mlkg.fetch): the only code that touches the network
    E850 = "unknown source {given!r}; valid: {valid}"
    E851 = ("{reason}. Stopped; the {kept} of {total} days fetched so far are kept and listed in {manifest}: "
            "run the same command again later to go on")
    E852 = "{what}: gave up after {attempts} attempts at {url} (last: {reason})"
    E853 = ("{url} answered {status} and asks to wait {seconds} s (Retry-After) before trying again; "
            "run the command again after that")
    E854 = "{url} answered {status} {reason}: not a failure that retrying mends; check --base-url and the dates"
    E855 = "{url} answered with Content-Encoding {encoding!r}, which mlkg did not ask for (it asks for gzip)"
    E856 = ("{count} days in a row of {source} answered with bad responses (last: {last}); stopped, as the "
            "service seems broken: the days before are kept, run the same command again later")
    E857 = ("{host} asks for no more than one request every {interval:g} s ({rule}); --delay below that is "
            "only for a mirror or a test server given with --base-url")
    E858 = "cannot read the fetch manifest {path} ({detail}); move it away to fetch everything again"
    E859 = "arXiv needs at least one --category (for example --category cs.CV --category cs.CL)"
    E860 = "{given!r} is not an arXiv category; write it as archive.SUBJECT, for example cs.CV, or an archive, for example hep-th"
    E861 = "base URL {given!r} must be an http:// or https:// address (from --base-url or {var})"
    E862 = "--delay must be 0 or more seconds, not {given}"
    E863 = "--from {start} is after --to {end}"
    E864 = "--to {end} is after today ({today}, UTC): there is nothing to fetch there yet"
    E865 = "{path} is a file; the raw directory (-o) must be a directory"
    E866 = ("{outdir} was not built from a directory `mlkg fetch` wrote (none of its inputs holds a "
            ".mlkg-fetch.json); give it with --raw DIR")
    E867 = ("no earlier {source} fetch in {raw} to go on from; give --from DATE for the first update "
            "(or fetch once with `mlkg fetch {source} --from DATE -o {raw}`)")
    E868 = "{outdir} holds no earlier build (no report.json); build it once with `mlkg build RAW -o {outdir}`"
    E869 = "dates are written YYYY-MM-DD, not {given!r}"

    # E9xx command line
    E901 = "missing GRAPH: give a graph file or a `mlkg build` output directory"
    E902 = "give exactly one of --sparql and --name (`mlkg query --list` shows the names)"
    E903 = "unknown --format {given!r}; valid: {valid}"
    E904 = "cannot read the query file {path}: {why}; check the path after @"
    E905 = "give exactly one of --cypher and --name (with --neo4j)"


class MlkgError(Exception):
    """Base of every error that bad input or setup causes; its message says how to fix it."""

    exit_code: int = 1  # what the command line exits with

    @property
    def code(self) -> str | None:
        """The ``E123`` code at the start of the message, if it has one."""
        found = _CODE.search(str(self.args[0])) if self.args else None
        return found.group(1) if found else None
