#!/usr/bin/env bash
# Release dry run: deploy every artifact into a file repository, then build and run a consumer
# (.ci/release-consumer) that takes CivicLab only from that repository, offline, on a fresh
# local repository (id::default::url: the BOM, without parent, gets deploy 2.7). Tests are skipped in the deploy: CI ran them just before.
#   RELEASE_REPO   the file repository   (default target/release-repo)
#   RELEASE_LOCAL  the consumer's local repository, made afresh (default target/release-local)
#   SEED_REPO      where third-party artifacts are taken from (default ~/.m2/repository)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="${RELEASE_REPO:-$PWD/target/release-repo}"
local_repo="${RELEASE_LOCAL:-$PWD/target/release-local}"
seed="${SEED_REPO:-$HOME/.m2/repository}"
rm -rf "$repo" "$local_repo"
mkdir -p "$repo" "$(dirname "$local_repo")"

# Maven's deployer also caches what it deploys in the local repository: the deploy gets a
# local repository of its own (hard links to the seed's third-party artifacts, cheap), so the
# user's ~/.m2 never holds this build's CivicLab artifacts.
deploy_local="$(dirname "$local_repo")/release-deploy-local"
rm -rf "$deploy_local"
cp -al "$seed" "$deploy_local"
rm -rf "$deploy_local/org/civiclab"

echo "== mvn deploy into $repo"
# Only what is published: the command line, the benchmarks and the consumer tests are not.
# useIncrementalCompilation=false makes the compiler reuse the classes CI's verify just built.
mvn -B -ntp -q deploy -DskipTests -Dmaven.repo.local="$deploy_local" \
  -pl '!examples,!benchmarks,!consumer-tests' -Dmaven.compiler.useIncrementalCompilation=false \
  -DaltDeploymentRepository="dry-run::default::file://$repo" "$@"
for m in core adapters-json adapters-jdbc adapters-ical adapters-iati; do
  for kind in .jar -sources.jar -javadoc.jar .pom; do
    ls "$repo"/org/civiclab/civiclab-$m/*/civiclab-$m-*"$kind" >/dev/null
  done
done
ls "$repo"/org/civiclab/civiclab-bom/*/civiclab-bom-*.pom >/dev/null
# the entry points' usage examples ({@snippet}) are rendered as code in every javadoc jar,
# on JDK 17 by tools/javadoc's taglet, and no tag is left as text
/usr/bin/python3 - "$repo" <<'PY'
import glob, sys, zipfile
jars = glob.glob(sys.argv[1] + "/org/civiclab/*/*/*-javadoc.jar")
rendered = 0
for jar in jars:
    with zipfile.ZipFile(jar) as z:
        for name in z.namelist():
            if name.endswith(".html"):
                page = z.read(name).decode("utf-8")
                if "{@snippet" in page:
                    sys.exit(f"{jar}: {name} shows an unrendered {{@snippet}} tag")
                rendered += page.count('<pre class="snippet"')
print(f"javadoc: {rendered} usage examples rendered in {len(jars)} javadoc jars")
if rendered < 15:
    sys.exit("javadoc: fewer than 15 rendered usage examples; the entry points lost theirs")
PY

echo "== consumer: a fresh local repository without CivicLab, the file repository its only source"
# Third-party artifacts are hard-linked from the seed (cheap), CivicLab's removed, and the
# records of where each came from dropped, so the offline build may use them.
cp -al "$seed" "$local_repo"
rm -rf "$local_repo/org/civiclab"
find "$local_repo" \( -name _remote.repositories -o -name '*.lastUpdated' -o -name 'resolver-status.properties' \) -delete
settings="$local_repo/../release-settings.xml"
cat > "$settings" <<XML
<settings>
  <localRepository>$local_repo</localRepository>
  <profiles><profile><id>dry-run</id>
    <repositories><repository><id>dry-run</id><url>file://$repo</url>
      <releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>
    </repository></repositories>
  </profile></profiles>
  <activeProfiles><activeProfile>dry-run</activeProfile></activeProfiles>
</settings>
XML
# -o, with file: the one protocol offline mode lets through
mvn -B -ntp -q -o -Daether.offline.protocols=file -s "$settings" -f .ci/release-consumer/pom.xml \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
ls .ci/release-consumer/target/published/*-sources.jar .ci/release-consumer/target/published/*-javadoc.jar | wc -l
test -z "$(find "$local_repo/org/civiclab" -name _remote.repositories -exec grep -L dry-run {} +)"
java -cp ".ci/release-consumer/target/classes:$(cat .ci/release-consumer/target/classpath.txt)" \
  org.civiclab.release.Main
