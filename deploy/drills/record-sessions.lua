-- wrk script for the primary drill: each request records a session (POST /api/v1/session-records) with an
-- Idempotency-Key and a patient response of its own ("drill <run> <thread>-<n>"), so that no two are duplicates and
-- each acknowledged (201) record can be looked for in the database afterwards. Writes the keys of the 201s to
-- $DRILL_ACKED (one file per thread) and counts the answers by status.
local threads = {}
local run = os.getenv("DRILL_RUN")
local delegations = {}
for id in string.gmatch(os.getenv("DRILL_DELEGATIONS"), "[^,]+") do
  table.insert(delegations, id)
end
local today = os.getenv("DRILL_DAY")
local auth = os.getenv("DRILL_AUTH")

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  statuses = {}
  n = 0
  acked = io.open(os.getenv("DRILL_ACKED") .. "." .. tid, "w")
end

function request()
  n = n + 1
  local key = string.format("%s %d-%d", run, tid, n)
  local delegation = delegations[(n + tid) % #delegations + 1]
  local body = string.format('{"delegationId":"%s","performedOn":"%s","patientResponse":"drill %s",'
    .. '"activities":[{"activity":"Sit to stand","setsDone":2,"repetitionsDone":8}]}', delegation, today, key)
  return wrk.format("POST", "/api/v1/session-records", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = auth,
    ["Idempotency-Key"] = "drill-" .. key:gsub(" ", "-"),
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    local key = string.match(body, '"patientResponse":"drill ([^"]+)"')
    if key then
      acked:write(key, "\n")
      acked:flush()
    end
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d: %d\n", status, count))
  end
  local e = summary.errors
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
end
