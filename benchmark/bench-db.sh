# Sourced by the benchmark scripts: starts PostgreSQL if it is not running, creates the role and the bench database
# if missing (idempotent), and sets PG_PORT.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
PG_VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
fi
for i in $(seq 1 30); do as_root runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(psql_admin -c "select 1 from pg_roles where rolname = 'therapy'")" = "1" ] || psql_admin -c "create role therapy login password 'therapy'"
[ "$(psql_admin -c "select 1 from pg_database where datname = 'therapy_assist_bench'")" = "1" ] || psql_admin -c "create database therapy_assist_bench owner therapy"
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $3}')
