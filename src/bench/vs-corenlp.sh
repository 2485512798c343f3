#!/usr/bin/env bash
# GeoKG against Stanford CoreNLP, one after the other, as issue 15 asks.
#
#   src/bench/vs-corenlp.sh SAMPLE.jsonl.gz                                    # the 1,000-article sample, ready made
#   CHUNK_WORDS=680 src/bench/vs-corenlp.sh ../shared/data/corpus/news-digital-0001*.jsonl.gz   # cut it here
#
# Input: JSON-lines articles (id, title, date, text). With CHUNK_WORDS=N the documents are first cut at paragraph
# ends into pieces of at least N words, as `geokg bench --chunk-words N` does (ArticleChunks); the first GEOKG_DOCS
# (default 1000) pieces are the sample. The CLI cannot write its chunks out, hence this step here.
# Runs, with `uptime` printed before each, both under /usr/bin/time -v (wall, %CPU, peak RSS):
#   (a) ./geokg ingest SAMPLE --threads THREADS --store TMP/store   (all GEOKG_DOCS articles; a new TDB2 store)
#   (b) CoreNLP CORENLP_VERSION (default 4.5.10): edu.stanford.nlp.pipeline.StanfordCoreNLP -annotators
#       tokenize,ssplit,pos,lemma,ner -threads THREADS -filelist LIST -outputFormat conll -outputDirectory TMP/conll
#       on the first CORENLP_DOCS (default 100) articles, each a .txt file of title, blank line, text. NER options are
#       CoreNLP's defaults (3 CRF models, numeric/SUTime, fine-grained regexner, entity mentions).
# articles/s = articles / wall seconds, JVM start and model loading included for both. THREADS defaults to 2.
# Both JVMs get the launcher's options: GEOKG_JAVA_OPTS, default "-Xmx4g -XX:+UseParallelGC -XX:FreqInlineSize=100
# -XX:InlineSmallCode=1000".
# CoreNLP and its models jar (~460 MB) come from Maven Central into the local Maven repository through Maven itself
# (a throwaway pom and dependency:build-classpath); nothing is copied into this repository. Needs java, mvn,
# python3 and GNU time. Temporary files go to a mktemp directory, removed at the end (KEEP=1 keeps it).
set -euo pipefail
[[ $# -ge 1 ]] || { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
geokg_docs="${GEOKG_DOCS:-1000}" corenlp_docs="${CORENLP_DOCS:-100}" threads="${THREADS:-2}"
version="${CORENLP_VERSION:-4.5.10}" chunk_words="${CHUNK_WORDS:-0}"
export GEOKG_JAVA_OPTS="${GEOKG_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/vs-corenlp.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

echo "== CoreNLP $version from the local Maven repository (fetched from Maven Central if missing)"
cat > "$tmp/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>corenlp-classpath</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$version</version></dependency>
    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$version</version>
      <classifier>models</classifier></dependency>
  </dependencies>
</project>
EOF
mvn -B -f "$tmp/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" > "$tmp/mvn.log" 2>&1 \
  || { tail -30 "$tmp/mvn.log" >&2; exit 1; }
tr ':' '\n' < "$tmp/cp.txt" | grep -o 'stanford-corenlp-[^/]*\.jar' | sed 's/^/   /'

echo "== geokg jar (built by the launcher if stale, before anything is timed)"
"$repo/geokg" --version

echo "== input: $* (chunk words: $chunk_words)"
python3 - "$tmp" "$geokg_docs" "$corenlp_docs" "$chunk_words" "$@" <<'EOF'
import gzip, itertools, json, os, re, sys
TRIM = ''.join(map(chr, range(33)))
tmp, n_geokg, n_corenlp, words, paths = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
def documents():
    for path in paths:
        with (gzip.open if path.endswith('.gz') else open)(path, 'rt', encoding='utf-8') as f:
            yield from (json.loads(line) for line in f if line.strip())
def chunks():  # as org.geokg.pipeline.ArticleChunks and Java's String.split/trim/isBlank
    for d in documents():
        if not (d.get('text') or '').strip():
            continue  # ArticleReader skips it
        if words <= 0:
            yield d; continue
        paragraphs = d['text'].split('\n\n')
        while len(paragraphs) > 1 and paragraphs[-1] == '':
            paragraphs.pop()
        text, counted, part = '', 0, 0
        for paragraph in paragraphs:
            text += ('\n\n' if text else '') + paragraph
            counted += len(re.split(r'[ \t\n\x0b\f\r]+', paragraph.strip(TRIM))) if paragraph.strip() else 0
            if counted >= words:
                yield dict(d, id=f"{d['id']}-{part}", text=text); text, counted, part = '', 0, part + 1
        if counted > 0:
            yield dict(d, id=f"{d['id']}-{part}", text=text)
os.mkdir(f'{tmp}/txt')
with gzip.open(f'{tmp}/sample.jsonl.gz', 'wt', encoding='utf-8') as sample, open(f'{tmp}/files.txt', 'w') as files:
    k = 0
    for k, d in enumerate(itertools.islice(chunks(), n_geokg), 1):
        sample.write(json.dumps(d, ensure_ascii=False) + '\n')
        if k <= n_corenlp:
            name = f'{tmp}/txt/{k:05d}.txt'
            with open(name, 'w', encoding='utf-8') as t:
                t.write(f"{d.get('title') or ''}\n\n{d['text']}\n")
            files.write(name + '\n')
print(f'   {k} articles for geokg, {min(k, n_corenlp)} for CoreNLP')
EOF
n_geokg="$(zcat "$tmp/sample.jsonl.gz" | wc -l)" n_corenlp="$(wc -l < "$tmp/files.txt")"

measure() {  # NAME ARTICLES COMMAND...: runs it under /usr/bin/time -v, appends a row to $tmp/rows
  local name="$1" articles="$2"; shift 2
  echo "== $name: $articles articles; load before: $(uptime)"
  local start=$SECONDS load; load="$(cut -d' ' -f1 /proc/loadavg)"
  if ! /usr/bin/time -v -o "$tmp/$name.time" "$@" > "$tmp/$name.log" 2>&1; then
    tail -20 "$tmp/$name.log" >&2; echo "$name failed" >&2; exit 1
  fi
  tail -3 "$tmp/$name.log" | sed 's/^/   /'
  awk -v name="$name" -v n="$articles" -v load="$load" -F': ' '
    /Elapsed \(wall clock\)/ { k = split($2, p, ":"); wall = 0; for (i = 1; i <= k; i++) wall = wall * 60 + p[i] }
    /Percent of CPU/ { cpu = $2 } /Maximum resident set size/ { rss = $2 / 1024 / 1024 }
    END { printf "%-8s %8d %9.1f %6s %9.2f %11.2f %6s\n", name, n, wall, cpu, rss, n / wall, load }
  ' "$tmp/$name.time" >> "$tmp/rows"
  echo "   ($((SECONDS - start)) s)"
}
measure geokg "$n_geokg" "$repo/geokg" ingest "$tmp/sample.jsonl.gz" --threads "$threads" --store "$tmp/store"
# shellcheck disable=SC2086 # the JVM options are words
measure corenlp "$n_corenlp" java $GEOKG_JAVA_OPTS -cp "$(cat "$tmp/cp.txt")" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner -threads "$threads" -filelist "$tmp/files.txt" \
  -outputFormat conll -outputDirectory "$tmp/conll"
written="$(find "$tmp/conll" -name '*.conll' | wc -l)"
[[ "$written" == "$n_corenlp" ]] || { echo "CoreNLP wrote $written of $n_corenlp files" >&2; exit 1; }

echo
echo "== $(nproc) cores, $threads threads each, JVM options: $GEOKG_JAVA_OPTS; CoreNLP $version"
printf '%-8s %8s %9s %6s %9s %11s %6s\n' run articles wall_s CPU RSS_GB articles/s load1
cat "$tmp/rows"
awk 'NR == 1 { g = $6 } NR == 2 { c = $6 } END { printf "geokg / CoreNLP articles/s: %.1f\n", g / c }' "$tmp/rows"
echo "(issue 15's bar: geokg at least 100 articles/s on the 1,000-article sample, and at least 50 times CoreNLP)"
