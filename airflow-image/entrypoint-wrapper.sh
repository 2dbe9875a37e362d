#!/usr/bin/env bash
# Entrypoint of our Airflow image. It builds the metadata database URL from separate variables
# (so the deploy can inject the password alone, e.g. as an ECS secret) and then hands over to the
# official entrypoint with the original arguments.
#
#   AIRFLOW_DB_HOST      host name (an IPv6 address is bracketed for you)
#   AIRFLOW_DB_ENGINE    optional: postgres (default) or mysql
#   AIRFLOW_DB_PORT      optional, default 5432 for postgres, 3306 for mysql
#   AIRFLOW_DB_NAME      database name
#   AIRFLOW_DB_USER      role name
#   AIRFLOW_DB_PASSWORD  password; removed from the environment before the hand-over
#   AIRFLOW_DB_REQUIRED  "true" (default) or "false"
#
# Rules, checked in this order:
#   1. If AIRFLOW__DATABASE__SQL_ALCHEMY_CONN (or its _CMD / _SECRET variant) is set, the URL is
#      left alone and the AIRFLOW_DB_* variables are ignored.
#   2. If none of the AIRFLOW_DB_* variables above is set and AIRFLOW_DB_REQUIRED=false, nothing is
#      configured (task workers: they talk to the API server, not to the database).
#   3. Otherwise host, name, user and password must all be set (an empty value counts as missing);
#      the wrapper exits 1 naming every missing one. It then exports
#      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://USER:PASSWORD@HOST:PORT/NAME
#      (mysql+mysqldb://... for mysql)
#      with user, password and name percent-encoded (RFC 3986: all but unreserved characters).
#
# AIRFLOW_ENTRYPOINT replaces /entrypoint (tests use it to put a stand-in there).
# Never trace this script (`set -x`): it would print the password. Tracing is switched off even if
# the environment asks for it (SHELLOPTS=xtrace).
set +o xtrace -euo pipefail

fail() {
  printf 'entrypoint-wrapper: %s\n' "$1" >&2
  exit 1
}

# percent_encode VAR VALUE: sets VAR to VALUE with every byte outside A-Z a-z 0-9 - . _ ~ as %XX.
# Pure bash, so the value never appears on a command line.
percent_encode() {
  local LC_ALL=C value=$2 encoded='' ch i
  for ((i = 0; i < ${#value}; i++)); do
    ch=${value:i:1}
    case $ch in
      [A-Za-z0-9._~-]) encoded+=$ch ;;
      *)
        printf -v ch '%%%02X' "'$ch"
        encoded+=$ch
        ;;
    esac
  done
  printf -v "$1" '%s' "$encoded"
}

configure_database() {
  local db_vars=(AIRFLOW_DB_HOST AIRFLOW_DB_PORT AIRFLOW_DB_NAME AIRFLOW_DB_USER AIRFLOW_DB_PASSWORD)
  local required_vars=(AIRFLOW_DB_HOST AIRFLOW_DB_NAME AIRFLOW_DB_USER AIRFLOW_DB_PASSWORD)
  local name any_set=false missing=()
  for name in "${db_vars[@]}"; do
    if [[ -n ${!name:-} ]]; then any_set=true; fi
  done

  if [[ -n ${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:-} || -n ${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD:-} ||
    -n ${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET:-} ]]; then
    if [[ $any_set == true ]]; then
      printf 'entrypoint-wrapper: %s\n' \
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN(_CMD/_SECRET) is set; ignoring AIRFLOW_DB_* variables" >&2
    fi
    return 0
  fi

  local required=${AIRFLOW_DB_REQUIRED:-true}
  case ${required,,} in
    true) ;;
    false) if [[ $any_set == false ]]; then return 0; fi ;;
    *) fail "AIRFLOW_DB_REQUIRED must be true or false, got '$required'" ;;
  esac

  for name in "${required_vars[@]}"; do
    if [[ -z ${!name:-} ]]; then missing+=("$name"); fi
  done
  if ((${#missing[@]} > 0)); then
    local list
    printf -v list '%s, ' "${missing[@]}"
    fail "missing ${list%, } (set all four, or none of them and AIRFLOW_DB_REQUIRED=false)"
  fi

  local scheme default_port
  case ${AIRFLOW_DB_ENGINE:-postgres} in
    postgres) scheme=postgresql+psycopg2 default_port=5432 ;;
    mysql) scheme=mysql+mysqldb default_port=3306 ;;
    *) fail "AIRFLOW_DB_ENGINE must be postgres or mysql, got '${AIRFLOW_DB_ENGINE}'" ;;
  esac
  local port=${AIRFLOW_DB_PORT:-$default_port}
  if [[ ! $port =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
    fail "AIRFLOW_DB_PORT must be a number from 1 to 65535, got '$port'"
  fi
  local host=$AIRFLOW_DB_HOST
  if [[ $host == *:* && $host != \[* ]]; then host="[$host]"; fi

  local user password database
  percent_encode user "$AIRFLOW_DB_USER"
  percent_encode password "$AIRFLOW_DB_PASSWORD"
  percent_encode database "$AIRFLOW_DB_NAME"
  export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="$scheme://$user:$password@$host:$((10#$port))/$database"
}

configure_database
unset AIRFLOW_DB_PASSWORD
exec "${AIRFLOW_ENTRYPOINT:-/entrypoint}" "$@"
