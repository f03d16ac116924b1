#!/usr/bin/env bash
# Run one set-up step quietly: one line on the terminal, the full output in the log.
#
#   packaging/step.sh "Installing system packages" "what to do if it fails" COMMAND [ARG...]
#
# The log is $PINSCRIBE_INSTALL_LOG (default .venv/install.log). On failure the step's
# last lines are shown with the log's path and the hint, and the exit code is passed on.
set -uo pipefail

message=$1
hint=$2
shift 2
log=${PINSCRIBE_INSTALL_LOG:-.venv/install.log}
mkdir -p "$(dirname "$log")"

echo "$message …"
{
  echo
  echo "=== $(date -u '+%Y-%m-%d %H:%M:%S') $message"
  echo "=== \$ $*"
} >>"$log"
"$@" >>"$log" 2>&1
status=$?
if [ $status -ne 0 ]; then
  {
    echo
    echo "Set-up step failed: $message (exit code $status)."
    echo "Last lines of the log:"
    tail -n 12 "$log" | sed 's/^/    /'
    echo "The full log is in $log."
    [ -n "$hint" ] && echo "What to do: $hint"
  } >&2
  exit $status
fi
