"""List the translations a native speaker has not reviewed yet, per language.

    uv run python scripts/translations_unreviewed.py [--language es|ur] [--list] [--context NAME]

Without --list it prints one line per language: how many messages it has, how many are drafts
(translated, marked "not reviewed"), how many have no translation at all (the app shows English
there). With --list it prints each draft and missing message as `context | English | translation`,
the list a reviewer works through (docs/translations-review.md). Exits 0 whatever it finds: it
reports, it does not judge.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.ui.catalogue_review import messages  # noqa: E402 (after the path is set)

TRANSLATIONS = ROOT / "assets" / "translations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", help="only this language code (es, ur)")
    parser.add_argument("--list", action="store_true", help="list each message not reviewed")
    parser.add_argument("--context", help="only messages of this context (a class name)")
    args = parser.parse_args(argv)
    catalogues = sorted(TRANSLATIONS.glob("outreach-kit_*.ts"))
    if args.language:
        catalogues = [path for path in catalogues if path.stem.endswith(f"_{args.language}")]
        if not catalogues:
            print(f"translations_unreviewed: no catalogue for {args.language!r}", file=sys.stderr)
            return 2
    for path in catalogues:
        code = path.stem.rsplit("_", 1)[1]
        found = [message for message in messages(path)
                 if args.context is None or message.context == args.context]
        drafts = [message for message in found if message.draft]
        missing = [message for message in found if message.missing]
        print(f"{code}: {len(found)} messages, {len(drafts)} drafts not reviewed, "
              f"{len(missing)} without a translation, "
              f"{len(found) - len(drafts) - len(missing)} reviewed")
        if args.list:
            for message in missing + drafts:
                state = "MISSING" if message.missing else "draft"
                print(f"  [{state}] {message.context} | {_one_line(message.source)} | "
                      f"{_one_line(message.translation)}")
    return 0


def _one_line(text: str) -> str:
    return text.replace("\n", "\\n")


if __name__ == "__main__":
    raise SystemExit(main())
