"""eventdesk's evaluation suites against published data sets (see docs/evaluation.md).

Run from the repository root: ``python -m eval <suite> [--data DIR] [--split dev|heldout] [--limit N]``.
The data live outside the repository (default ``../shared/evaldata`` relative to the repo root):
licences forbid committing them, so nothing here copies them.
"""


def _suite(name):
    def run(rt, root, split, limit=None):
        import importlib

        return importlib.import_module(f"{__name__}.{name}").run(rt, root, split, limit)

    return run


# suite name -> run(runtime, data_root, split, limit) -> common.Result
SUITES = {name: _suite(name) for name in ("gvdb", "semeval", "acled", "ucdp", "case", "ecb")}
