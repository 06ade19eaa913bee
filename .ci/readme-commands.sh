#!/usr/bin/env bash
# Runs the README's shell commands as written, from the repository root, after `mvn verify`.
# Each command is given here verbatim and must appear verbatim in README.md: when the README
# changes a command, this script fails until it runs the new text. Commands run elsewhere:
#   mvn -B verify                 .ci/run (with CI's extra flags)
#   .ci/postgres.sh + demo/report ReadmePostgresCommandsTest (examples, tag postgresql)
#   researcher.jsh                ResearcherScriptTest runs the script with jshell as well
#   benchmark commands            ReadmeBenchmarkCommandsTest (benchmarks, after package; the
#                                 PostgreSQL line in CI's PostgreSQL phase), sizes scaled down
#   civiclab replan brcko.json    ReplanCommandTest runs the command in-process
# Mutation testing: the README's CI slice (`-Pmutation-slice`, the validator and the built-in
# scheduling rules against their own tests, about 7 minutes on a loaded 2-core machine) runs
# here. Not run: the full run of core (`mvn -B -Pmutation -pl core verify`), over an hour, and
# the one-package iteration command, which the slice covers (issue 18)
set -euo pipefail
cd "$(dirname "$0")/.."

readme_has() {
  if ! grep -qF -- "$1" README.md; then
    echo "README.md no longer has this command; update .ci/readme-commands.sh: $1" >&2
    exit 1
  fi
}

run() {
  readme_has "$1"
  echo "\$ $1"
  bash -euo pipefail -c "$1"
}

rm -rf civiclab-data program.json h2-2.3.232.jar
trap 'rm -rf program.json h2-2.3.232.jar' EXIT

# Quick start
run 'mvn -B -q package -DskipTests && java -jar examples/target/civiclab.jar demo'
test -f civiclab-data/civiclab.mv.db

# The H2 file in H2's own shell, with the URL and user the README gives
cp "${HOME}/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar" .
h2_1='java -cp h2-2.3.232.jar org.h2.tools.Shell \'
h2_2='  -url "jdbc:h2:file:./civiclab-data/civiclab;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \'
h2_3='  -user "" -password "" -sql "SELECT id, version FROM civiclab_program ORDER BY id"'
for line in "$h2_1" "$h2_2" "$h2_3"; do readme_has "$line"; done
echo "\$ $h2_1"
shell_out="$(bash -euo pipefail -c "${h2_1}
${h2_2}
${h2_3}")"
echo "$shell_out"
rows="$(echo "$shell_out" | grep -c '|' || true)"
[ "$rows" -ge 6 ] || { echo "the H2 shell listed $rows lines, expected a header and 5 programs" >&2; exit 1; }

# The JSON Schema under Python's jsonschema (Debian's python3, as .ci/run installs it), on a
# program the demo exported
first="$(ls civiclab-data/export/*.json | grep -v -e /directory.json -e /attendance.json | head -1)"
cp "$first" program.json
PATH="/usr/bin:$PATH" run "python3 -c 'import json, jsonschema; jsonschema.validate(json.load(open(\"program.json\")), json.load(open(\"adapters-json/src/main/resources/org/civiclab/json/civiclab-v1.schema.json\")))'"

# The researcher's jshell session on the demo's database
out="$(readme_has 'jshell --class-path examples/target/civiclab.jar -R-Dciviclab.db=civiclab-data examples/scripts/researcher.jsh' \
  && jshell --class-path examples/target/civiclab.jar -R-Dciviclab.db=civiclab-data examples/scripts/researcher.jsh)"
echo "$out" | tail -3
echo "$out" | grep -q 'researcher session done'

# The mutation slice: PIT on the validator and the scheduling rules; fails below its threshold
run 'mvn -B -Pmutation-slice -pl core -am verify -Dthreads=2'
test -f core/target/pit-reports-slice/mutations.xml

echo "README commands: all ran"
