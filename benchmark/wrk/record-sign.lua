-- Record a session and sign it, as a support worker's phone does: POST /api/v1/session-records (201, a draft), then
-- POST /api/v1/session-records/{id}/sign (200). Each thread keeps the drafts it made and signs them next, on whichever
-- of its connections is free, so about half the requests are records and half are signatures. "completed" counts
-- signed records: the figure the 500 a second aim is about. Each record's words differ (a visit number), because the
-- same words by the same worker for the same delegation and day within ten minutes are refused as a repeat.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local drafts = {}
local visit = 0
-- Runs follow each other within the ten minutes, so the words carry the run's start too.
local run = os.time()
extra = 0

local function today()
  return os.date("!%Y-%m-%d")
end

function request()
  if #drafts > 0 then
    local draft = table.remove(drafts, 1)
    return wrk.format("POST", "/api/v1/session-records/" .. draft.id .. "/sign",
        {["Authorization"] = "Basic " .. draft.worker, ["Content-Length"] = "0"})
  end
  local person = next_person()
  visit = visit + 1
  local body = string.format('{"delegationId":"%s","performedOn":"%s","activities":['
      .. '{"activity":"Sit to stand","setsDone":3,"repetitionsDone":8},'
      .. '{"activity":"Walking practice with frame","setsDone":2}],'
      .. '"patientResponse":"Tolerated well, visit %d-%d-%d","painBefore":3,"painAfter":2}',
      person.delegation, today(), run, offset or 0, visit)
  return wrk.format("POST", "/api/v1/session-records",
      {["Authorization"] = "Basic " .. person.worker, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  count_ok(status, body)
  if status == 201 then
    local id = body:match('"id"%s*:%s*"([0-9a-f%-]+)"')
    local worker = body:match('"authorId"%s*:%s*"([0-9a-f%-]+)"')
    if id and worker then
      -- The signer must be the author; responses come back on whichever connection, so look the author up.
      table.insert(drafts, {id = id, worker = authors[worker]})
    end
  elseif status == 200 then
    extra = extra + 1
  end
end
