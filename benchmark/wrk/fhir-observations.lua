-- FHIR Observation search for one patient: GET /fhir/Observation?patient={id}.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

function request()
  local person = next_person()
  return wrk.format("GET", "/fhir/Observation?patient=" .. person.patient,
      {["Authorization"] = "Basic " .. person.worker, ["Accept"] = "application/fhir+json"})
end

function response(status, headers, body)
  count_ok(status, body)
end
