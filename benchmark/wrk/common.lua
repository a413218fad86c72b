-- Shared by every wrk script of the external harness (benchmark/external.sh). Each line of the people file is
-- "staff-id worker-authorization registrant-authorization delegation-id patient-id", written from the table
-- bench_people that the floor (pgbench) reads too. Each wrk thread starts at its own place in the list and each
-- request takes the next person, so requests come from many sign-ins, as at 07:30 on a ward.

people = {}
authors = {}
for line in io.lines(os.getenv("BENCH_PEOPLE")) do
  local staff, worker, registrant, delegation, patient = line:match("^(%S+) (%S+) (%S+) (%S+) (%S+)$")
  people[#people + 1] = {staff = staff, worker = worker, registrant = registrant,
                         delegation = delegation, patient = patient}
  authors[staff] = worker
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
  table.insert(threads, thread)
end

next_index = 0
function next_person()
  next_index = next_index + 1
  return people[((offset or 0) + next_index) % #people + 1]
end

ok = 0
first_refusal = ""
-- Body is only passed when the script defines response(); the first refusal seen is printed at the end.
function count_ok(status, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif first_refusal == "" then
    first_refusal = status .. " " .. string.sub(body or "", 1, 300)
  end
end

-- One line the harness reads: every figure in milliseconds.
function done(summary, latency, requests)
  local oks, extra, refusal = 0, 0, ""
  for _, thread in ipairs(threads) do
    oks = oks + (thread:get("ok") or 0)
    extra = extra + (thread:get("extra") or 0)
    if refusal == "" then refusal = thread:get("first_refusal") or "" end
  end
  if refusal ~= "" then io.write("REFUSED " .. refusal:gsub("\n", " ") .. "\n") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format(
    "RESULT requests=%d ok=%d errors=%d completed=%d seconds=%.3f p50=%.3f p99=%.3f max=%.3f\n",
    summary.requests, oks, errors, extra, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
