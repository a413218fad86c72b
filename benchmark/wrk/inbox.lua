-- A registrant's inbox (escalations, declined delegations, records to countersign, reviews due): GET /api/v1/inbox.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

function request()
  local person = next_person()
  return wrk.format("GET", "/api/v1/inbox", {["Authorization"] = "Basic " .. person.registrant})
end

function response(status, headers, body)
  count_ok(status, body)
end
