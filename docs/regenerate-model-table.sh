#!/usr/bin/env bash
# Rewrites the parameter table at the end of docs/MODEL.md from the code (section "10. Parameters").
set -euo pipefail
cd "$(dirname "$0")/.."
head -n "$(grep -n '^## 10. Parameters' docs/MODEL.md | cut -d: -f1)" docs/MODEL.md > docs/MODEL.md.new
echo >> docs/MODEL.md.new
./osteomet params --markdown >> docs/MODEL.md.new
mv docs/MODEL.md.new docs/MODEL.md
