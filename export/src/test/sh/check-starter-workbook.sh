#!/bin/sh
# Checks the starter workbook with LibreOffice, independently of FastExcel's reader: writes it,
# has LibreOffice (soffice) convert each sheet to CSV, checks that the CSV holds the layout's
# labels and the example's cells, and reads LibreOffice's CSV of the example back as the example.
# Run from anywhere: export/src/test/sh/check-starter-workbook.sh
set -eu
cd "$(dirname "$0")/../../../.."
out=export/target/starter
book=$out/journeykit-starter.xlsx
rm -rf "$out"
mkdir -p "$out/csv"

mvn -o -q -pl export -am test-compile
mvn -o -q -pl export dependency:build-classpath -Dmdep.outputFile=target/starter/classpath.txt
cp="export/target/test-classes:export/target/classes:$(cat "$out/classpath.txt")"
java -cp "$cp" io.github.journeykit.export.grid.StarterWorkbookCheck write "$book"

# 44,34,76: comma, double quote, UTF-8; the last -1: every sheet, each to <book>-<sheet>.csv.
soffice --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$out/csv" "$book" >/dev/null
ls "$out/csv"

expect() {
  file=$1
  shift
  for text in "$@"; do
    if ! grep -qF -- "$text" "$file"; then
      echo "FAIL: $(basename "$file") lacks: $text"
      exit 1
    fi
    echo "ok   $(basename "$file"): $text"
  done
}

example="$out/csv/journeykit-starter-Example.csv"
blank="$out/csv/journeykit-starter-Blank.csv"
howto="$out/csv/journeykit-starter-How to fill in.csv"
expect "$example" 'JourneyKit journey grid,1' 'Journey id,open-account' \
  'Stage id,discover,apply,get-started' 'Customer goal,Find an account that suits me' \
  'Customer actions (lane)' 'Emotion (-2 to +2),1,-1.5' 'Moment id,Touchpoint id' \
  'id-fail,id-check,BREAK' 'Gap id,Gap,Type' 'shorten-form,Cut the form to 8 fields,FIX,PLANNED'
expect "$blank" 'JourneyKit journey grid,1' 'Journey id' 'Journey title (the customer' \
  '"Persona (id, name, segment)"' 'Stage id' 'Customer goal' 'Customer actions (lane)' \
  'Frontstage (lane)' 'Backstage (lane)' 'Support processes (lane)' 'Touchpoint id' 'Channel' \
  'Emotion (-2 to +2)' 'Expectation (1 to 7)' 'Perception (1 to 7)' 'Moment id' 'Gap id' \
  'Action id,Action,Kind,Status'
expect "$howto" 'How to fill in a journey grid' 'Channel,"Required for each touchpoint'

java -cp "$cp" io.github.journeykit.export.grid.StarterWorkbookCheck compare "$example" "$book"
echo "The starter workbook is as LibreOffice sees it."

# The picture of the example sheet in the README (docs/grid-example.png): the first printed page,
# cropped to the cells. Needs pdftoppm (poppler-utils).
if command -v pdftoppm >/dev/null; then
  soffice --headless --convert-to pdf --outdir "$out" "$book" >/dev/null
  pdftoppm -png -r 200 -f 1 -l 1 -x 120 -y 130 -W 1960 -H 1050 -singlefile \
    "$out/journeykit-starter.pdf" "$out/grid-example"
  echo "rendered $out/grid-example.png"
fi
