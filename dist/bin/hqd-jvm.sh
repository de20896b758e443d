# How hqd's JVM is started, stated once. Sourced by bin/hqd (the install bundle) and ./hqd (the source tree);
# `bash hqd-jvm.sh JAVA CONF CACHE COMMAND` prints the options one per line (hqd bench starts its runs with them).

# The major version of the java binary $1, or 0.
hqd_java_major() {
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)
  [ -n "$v" ] && echo "${v%%.*}" || echo 0
}

# hqd_jvm_options JAVA CONF CACHE COMMAND sets the array HQD_JVM_OPTIONS for one hqd command:
# - the command's line of CONF (hqd-jvm.conf: the command, then its options; # comments; the last line wins);
# - start-up from a class-data archive: the JVM keeps the classes a command loaded in an archive and maps them at
#   the command's next start instead of loading and checking them again (about 40 % of a short command's CPU).
#   One archive per command in CACHE, made at the first run's exit and again after an update. HQD_CDS=0 turns it
#   off; a runtime without the JDK's own archive, or a CACHE that cannot be created and written, goes without
#   (a missing folder made the JVM exit 1 after the command had succeeded). The JVM's messages about archives are
#   silenced: a stale archive is simply made again.
hqd_jvm_options() {
  local java="$1" conf="$2" cache="$3" command="$4" name rest runtime
  [[ "$command" =~ ^[a-z][a-z-]{0,20}$ ]] || command=other
  HQD_JVM_OPTIONS=()
  if [ -f "$conf" ]; then
    while read -r name rest; do
      if [ "$name" = "$command" ]; then read -r -a HQD_JVM_OPTIONS <<< "$rest"; fi
    done < <(grep -v '^[[:space:]]*#' "$conf")
  fi
  runtime="$(dirname "$(dirname "$(readlink -f "$java")")")"
  if [ "${HQD_CDS:-1}" != 0 ] && [ -n "$cache" ] && compgen -G "$runtime/lib/server/classes*.jsa" >/dev/null \
     && mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
    HQD_JVM_OPTIONS+=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$cache/hqd-$command.jsa" "-Xlog:cds*=off,aot*=off")
  fi
}

# hqd_private_tmp ROOT sets HQD_TMP_OPTIONS to a temporary folder of this process's own, ROOT/<pid>, after removing
# the folders there of processes that no longer run. Java deletes its temporary files (the DuckDB driver's 72 MB
# native library, copies of the report fonts, POI's workbook buffers) only when the JVM exits normally: every run
# that was killed or crashed, the case `hqd restart` is for, left 100-200 MB in /tmp for good. The next run now
# clears them. The launchers exec java, so this shell's pid is the JVM's. ROOT must be the user's own folder and
# not a link; otherwise nothing is set and Java keeps its default.
hqd_private_tmp() {
  local root="$1" dir pid
  HQD_TMP_OPTIONS=()
  mkdir -p -m 700 "$root" 2>/dev/null || return 0
  [ -d "$root" ] && [ ! -L "$root" ] && [ -O "$root" ] && [ -w "$root" ] || return 0
  for dir in "$root"/*/; do
    dir="${dir%/}"; pid="${dir##*/}"
    [[ "$pid" =~ ^[0-9]+$ ]] && [ "$pid" != "$$" ] || continue
    kill -0 "$pid" 2>/dev/null || [ -e "/proc/$pid" ] || rm -rf "$dir" 2>/dev/null || true
  done
  rm -rf "${root:?}/$$" 2>/dev/null || true
  # the report fonts' files are kept beside them (not a run's folder: never cleared), written once, reused
  mkdir -m 700 "$root/$$" 2>/dev/null && HQD_TMP_OPTIONS=("-Djava.io.tmpdir=$root/$$" "-Dhqd.fonts.dir=$root/fonts") || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ $# -ne 4 ]; then
    echo "用法：bash hqd-jvm.sh <java 程序> <hqd-jvm.conf> <类数据归档目录> <hqd 命令>" >&2
    exit 2
  fi
  hqd_jvm_options "$@"
  if [ ${#HQD_JVM_OPTIONS[@]} -gt 0 ]; then printf '%s\n' "${HQD_JVM_OPTIONS[@]}"; fi
fi
