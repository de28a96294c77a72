# Sourced by check.sh and test.sh: prints each step's name, and how long the one before took, so a
# log shows where the time goes.
step_name=""
step_started=0
step_done() {
  if [ -n "$step_name" ]; then
    printf '    (%s s: %s)\n' "$(( $(date +%s) - step_started ))" "$step_name"
  fi
}
step() {
  step_done
  step_name="$*"
  step_started=$(date +%s)
  printf '\n==> %s\n' "$*"
}
