#!/usr/bin/env bash
# Finds preview environments (pr-<number>) that still own resources in AWS although their pull
# request is closed or merged: the safety net for a teardown that failed or never ran. Prints their
# names as a JSON list; in a workflow step it also sets the output "environments" and writes a job
# summary. Environments of pull requests that are open, or that gh cannot find, are left alone.
#
# Usage: sweep-previews.sh [project]   default: the config file's project, else "airflow"
# Needs: the AWS CLI with credentials and a region, gh with GH_TOKEN (and GH_REPO outside a
# checkout), jq. AIRFLOW_FARGATE_CONFIG names the config file (default airflow-fargate.yml).
set -euo pipefail

config=${AIRFLOW_FARGATE_CONFIG:-airflow-fargate.yml}
project=${1:-}
if [ -z "$project" ] && [ -f "$config" ]; then
  # The schema allows only a plain scalar of a-z, 0-9 and "-" here, so a line match is enough.
  project=$(sed -n -E "s/^project:[[:space:]]*['\"]?([a-z0-9-]+)['\"]?[[:space:]]*(#.*)?$/\1/p" "$config" | head -n 1)
fi
project=${project:-airflow}

# Every resource the project tagged, across all pages (the CLI follows the pagination tokens).
tagged=$(aws resourcegroupstaggingapi get-resources \
  --tag-filters "Key=airflow-fargate:project,Values=$project" --output json)
previews=$(jq -r '.ResourceTagMappingList[].Tags[] | select(.Key == "airflow-fargate:environment") | .Value' \
  <<<"$tagged" | grep -E '^pr-[1-9][0-9]*$' | sort -u -V || true)

stale=()
summary="| environment | pull request | action |\n| --- | --- | --- |\n"
for environment in $previews; do
  number=${environment#pr-}
  if ! state=$(gh pr view "$number" --json state --jq .state 2>/dev/null); then
    echo "::warning::$environment: no pull request #$number found; left alone (tear it down by hand if it is stale)."
    summary+="| $environment | #$number not found | left alone |\n"
    continue
  fi
  if [ "$state" = "OPEN" ]; then
    echo "$environment: pull request #$number is open; kept."
    summary+="| $environment | #$number open | kept |\n"
  else
    echo "$environment: pull request #$number is ${state,,}; to tear down."
    summary+="| $environment | #$number ${state,,} | tear down |\n"
    stale+=("$environment")
  fi
done

if [ ${#stale[@]} -eq 0 ]; then
  list='[]'
else
  list=$(printf '%s\n' "${stale[@]}" | jq -R . | jq -s -c .)
fi
echo "$list"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "environments=$list" >>"$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  {
    echo "### Preview sweep (project $project)"
    echo
    if [ -z "$previews" ]; then echo "No preview environment has resources in AWS."; else printf '%b' "$summary"; fi
  } >>"$GITHUB_STEP_SUMMARY"
fi
