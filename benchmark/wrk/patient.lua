-- The patient record as the support worker the patient's task is delegated to reads it: GET /api/v1/patients/{id}.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

function request()
  local person = next_person()
  return wrk.format("GET", "/api/v1/patients/" .. person.patient, {["Authorization"] = "Basic " .. person.worker})
end

function response(status, headers, body)
  count_ok(status, body)
end
