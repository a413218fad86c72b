-- FHIR Patient read by a member of staff with the patient in their care: GET /fhir/Patient/{id}.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

function request()
  local person = next_person()
  return wrk.format("GET", "/fhir/Patient/" .. person.patient,
      {["Authorization"] = "Basic " .. person.worker, ["Accept"] = "application/fhir+json"})
end

function response(status, headers, body)
  count_ok(status, body)
end
