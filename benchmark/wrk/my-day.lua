-- My day as each support worker sees it: GET /api/v1/my-day.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

function request()
  local person = next_person()
  return wrk.format("GET", "/api/v1/my-day", {["Authorization"] = "Basic " .. person.worker})
end

function response(status, headers, body)
  count_ok(status, body)
end
