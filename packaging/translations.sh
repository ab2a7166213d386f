#!/bin/sh
# Rebuild the translation catalogues of the desktop app (Qt Linguist).
#
#   packaging/translations.sh            update the .ts sources from kit/ui, then compile .qm
#   packaging/translations.sh --release  only compile the .ts sources to .qm
#
# The .ts files in assets/translations are the sources translators edit (with pyside6-linguist
# or any text editor); the .qm files next to them are what the app loads. Commit both.
# Add a language: add its code to LANGUAGES below and to kit/ui/i18n.py, run this script,
# translate the new .ts file, run the script again. A message left "unfinished" (lupdate marks
# new messages so, and fills some with a guess from another context) is not compiled
# (-nounfinished): the app shows the English text there. Drafts nobody has reviewed are
# finished translations with a translator comment (docs/translations-review.md).
set -eu
cd "$(dirname "$0")/.."
LANGUAGES="es ur"
DIR=assets/translations
RUN="uv run --no-sync"

if [ "${1:-}" != "--release" ]; then
    SOURCES=$(find kit/ui -name '*.py' | sort)
    for lang in $LANGUAGES; do
        # shellcheck disable=SC2086  # one argument per source file
        $RUN pyside6-lupdate $SOURCES -locations relative -no-obsolete \
            -target-language "$lang" -ts "$DIR/outreach-kit_$lang.ts"
        # lupdate rewrites the file; put the review warning back at the top.
        grep -q "NOT reviewed" "$DIR/outreach-kit_$lang.ts" || sed -i.bak "2a\\
<!-- Outreach Kit ($lang). Translations marked 'Machine/AI translation, not reviewed by a native speaker' in their translatorcomment are NOT reviewed: correct them with pyside6-linguist, delete that comment, then run packaging/translations.sh. -->" \
            "$DIR/outreach-kit_$lang.ts" && rm -f "$DIR/outreach-kit_$lang.ts.bak"
    done
fi
for lang in $LANGUAGES; do
    $RUN pyside6-lrelease -nounfinished "$DIR/outreach-kit_$lang.ts" -qm "$DIR/outreach-kit_$lang.qm"
done
