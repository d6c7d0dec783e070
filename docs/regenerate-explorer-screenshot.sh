#!/usr/bin/env bash
# Retakes docs/images/explorer.png: the web explorer runs breast cancer seed 4 in Debian's headless chromium
# (apt-get install chromium chromium-driver), driven by web/src/test/java/org/osteomet/web/ExplorerScreenshot.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
java -cp "web/target/test-classes:web/target/classes:$(cat web/target/classpath.txt)" org.osteomet.web.ExplorerScreenshot docs/images/explorer.png
