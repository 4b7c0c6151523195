#!/usr/bin/env bash
# Regenerates the format fixtures in test/fixtures/formats/ with real tools:
#   weekly.pdf         printed by headless Chromium from weekly.html (Chinese text, WenQuanYi Micro Hei)
#   travel-policy.docx converted by pandoc from travel-policy.md
#   ../finance/finance-november.pdf  printed by headless Chromium from ../finance-source/finance-november.html
#                      (numbered lists, a table and a right-aligned sign-off: the probe set test/fixtures/probe-finance.jsonl reads the PDF)
#   ../clinic/outpatient-november.pdf  printed by headless Chromium from ../clinic-source/outpatient-november.html
#                      (a hospital outpatient department's monthly, held out: test/fixtures/probe-clinic.jsonl and probe-english-clinic.jsonl read the PDF)
#   ../minutes/wms-meeting-12.docx  converted by pandoc from ../minutes-source/wms-meeting-12.md
#                      (meeting minutes with tables: the probe set test/fixtures/probe-minutes.jsonl reads the DOCX)
#   ../construction/binjiang-w48.docx  converted by pandoc from ../construction-source/binjiang-w48.md
#                      (a building site's weekly, held out: test/fixtures/probe-construction.jsonl and probe-english-construction.jsonl read the DOCX)
# news.html is written by hand (a news page with its boilerplate) and not generated.
# Needs: apt-get install -y chromium fonts-wqy-microhei pandoc
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/formats"
for tool in chromium pandoc; do
  command -v "$tool" >/dev/null || { echo "make-format-fixtures: $tool is missing — apt-get install -y chromium fonts-wqy-microhei pandoc" >&2; exit 1; }
done
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf=weekly.pdf "file://$PWD/weekly.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf=../finance/finance-november.pdf "file://$PWD/../finance-source/finance-november.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf=../clinic/outpatient-november.pdf "file://$PWD/../clinic-source/outpatient-november.html" 2>/dev/null
pandoc --from markdown --to docx --output travel-policy.docx travel-policy.md
pandoc --from markdown --to docx --output ../minutes/wms-meeting-12.docx ../minutes-source/wms-meeting-12.md
pandoc --from markdown --to docx --output ../construction/binjiang-w48.docx ../construction-source/binjiang-w48.md
ls -l weekly.pdf ../finance/finance-november.pdf travel-policy.docx ../minutes/wms-meeting-12.docx ../construction/binjiang-w48.docx ../clinic/outpatient-november.pdf
