-- wrk script of bench/load.sh: a mix of public reads and an editor's writes, with every
-- answer counted by status and by what it was.
--
-- wrk runs one Lua state per thread, shared by that thread's connections; response() is
-- not told which request it answers, so writes are recognised by their answers: a 201 by
-- its Location, a PATCH's 200 by a body that starts with one of the slugs this run made.
--
-- From the environment: LOAD_AUTH (the Authorization header's value), LOAD_RUN (a word
-- unique to the run, in every slug), LOAD_FILM_ETAG (the ETag of /api/films/anora-2024
-- before the run, for the first revalidation).

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

-- Reads: weight, path, headers. A weight is out of 1000 requests; what reads leave, writes take.
local reads = {
  { 120, "/api/nominations?ceremony=oscars-97&won=true" },
  { 40,  "/api/nominations?ceremony=oscars-97&category=directing&format=csv" },
  { 60,  "/api/ceremonies?award=oscars" },
  { 60,  "/api/ceremonies/oscars-97" },
  { 80,  "/api/films/anora-2024" },
  { 60,  "/api/people/sean-baker" },
  { 60,  "/api/people?q=baker" },
  { 60,  "/api/films?q=godfather" },
  { 60,  "/api/ceremonies/oscars-97/wins-by-person" },
  { 40,  "/api/stats/wins-by-person-per-ceremony?minWins=3&competitiveOnly=true" },
  { 40,  "/api/sources" },
  { 120, "revalidate" }, -- /api/films/anora-2024 with If-None-Match: the ETag last seen
}
-- Writes, out of the same 1000: 100 in all.
local writes = {
  { 25, "source" },
  { 20, "person" },
  { 15, "quote" },
  { 40, "patch" },
}

local plan = {}
for _, r in ipairs(reads) do table.insert(plan, { r[1], "read", r[2] }) end
for _, w in ipairs(writes) do table.insert(plan, { w[1], w[2] }) end

-- What this thread saw, read by done() through thread:get().
counts = {}           -- status -> answers
created = { sources = 0, people = 0, quotes = 0 }
patched = 0           -- 200 answers to PATCH
stale = 0             -- 412 answers (the If-Match named an older version)
revalidated = 0       -- 304 answers
last_quote = ""       -- the Location of a quote it made, checked after the run

local auth, run, film_etag
local json_headers
local n = 0
local mine = {}       -- resources this thread made: { path, slug, etag }
local by_slug = {}

function init(args)
  auth = os.getenv("LOAD_AUTH")
  run = os.getenv("LOAD_RUN") or "run"
  film_etag = os.getenv("LOAD_FILM_ETAG") or '"none"'
  math.randomseed(os.time() * 100 + tid)
  json_headers = { ["Content-Type"] = "application/json", ["Authorization"] = auth }
end

local function unique()
  n = n + 1
  return string.format("load-%s-%d-%d", run, tid, n)
end

local function post(path, body)
  local headers = {}
  for k, v in pairs(json_headers) do headers[k] = v end
  -- Every POST carries its own key: the idempotency table is written on every create.
  headers["Idempotency-Key"] = unique()
  return wrk.format("POST", path, headers, body)
end

local function write(kind)
  if kind == "source" then
    local slug = unique()
    return post("/api/sources", string.format('{"slug":"%s","title":"Load source %s"}', slug, slug))
  elseif kind == "person" then
    local slug = unique()
    return post("/api/people", string.format('{"slug":"%s","name":"Load Person %s"}', slug, slug))
  elseif kind == "quote" then
    local person = "sean-baker"
    if #mine > 0 then
      local pick = mine[math.random(#mine)]
      if pick.path:find("^/api/people/") then person = pick.slug end
    end
    return post("/api/quotes", string.format(
      '{"person":"%s","ceremony":"oscars-97","text":"Load quote %s"}', person, unique()))
  end
  -- patch: one of the last eight things this thread made, with the ETag it last saw of it
  -- (one in four with If-Match: *). Two connections of a thread may patch the same one at
  -- once: one of them gets 412, as an editor would.
  if #mine == 0 then return write("source") end
  local pick = mine[#mine - math.random(0, math.min(7, #mine - 1))]
  local headers = { ["Content-Type"] = "application/merge-patch+json", ["Authorization"] = auth }
  headers["If-Match"] = (math.random(4) == 1) and "*" or pick.etag
  local body
  if pick.path:find("^/api/sources/") then
    body = string.format('{"title":"Load source %s, patched %s"}', pick.slug, unique())
  else
    body = string.format('{"name":"Load Person %s, patched %s"}', pick.slug, unique())
  end
  return wrk.format("PATCH", pick.path, headers, body)
end

local total = 0
for _, p in ipairs(plan) do total = total + p[1] end

function request()
  local roll = math.random(total)
  for _, p in ipairs(plan) do
    roll = roll - p[1]
    if roll <= 0 then
      if p[2] ~= "read" then return write(p[2]) end
      if p[3] == "revalidate" then
        return wrk.format("GET", "/api/films/anora-2024", { ["If-None-Match"] = film_etag })
      end
      return wrk.format("GET", p[3])
    end
  end
end

local function header(headers, name)
  for k, v in pairs(headers) do
    if k:lower() == name then return v end
  end
  return nil
end

function response(status, headers, body)
  local key = tostring(status)
  counts[key] = (counts[key] or 0) + 1
  if status == 304 then
    revalidated = revalidated + 1
  elseif status == 412 then
    stale = stale + 1
  elseif status == 201 then
    local location = header(headers, "location") or ""
    local kind = location:match("^/api/(%a+)/%d+$")
    if kind and created[kind] then created[kind] = created[kind] + 1 end
    if kind == "quotes" then
      last_quote = location
    elseif kind then
      local slug = body:match('^{"id":%d+,"slug":"([^"]+)"')
      if slug then
        local made = { path = location, slug = slug, etag = header(headers, "etag") }
        table.insert(mine, made)
        by_slug[slug] = made
      end
    end
  elseif status == 200 then
    local start = body:sub(1, 200)
    local slug = start:match('^{"id":%d+,"slug":"([^"]+)"')
    if slug == "anora-2024" then
      film_etag = header(headers, "etag") or film_etag
    elseif slug and by_slug[slug] then
      -- a PATCH's answer (no read asks for a single one of these)
      patched = patched + 1
      by_slug[slug].etag = header(headers, "etag") or by_slug[slug].etag
    end
  end
end

function done(summary, latency, requests)
  local all = {}
  local made = { sources = 0, people = 0, quotes = 0 }
  local t = { patched = 0, stale = 0, revalidated = 0 }
  local quotes = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      all[status] = (all[status] or 0) + count
    end
    for kind, count in pairs(thread:get("created")) do made[kind] = made[kind] + count end
    for name in pairs(t) do t[name] = t[name] + thread:get(name) end
    local q = thread:get("last_quote")
    if q ~= "" then table.insert(quotes, string.format('"%s"', q)) end
  end
  local statuses = {}
  for status, count in pairs(all) do table.insert(statuses, string.format('"%s":%d', status, count)) end
  table.sort(statuses)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"statuses":{%s},' ..
    '"created":{"sources":%d,"people":%d,"quotes":%d},"patched":%d,"stale":%d,"revalidated":%d,"quotes":[%s]}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect, e.read, e.write, e.timeout,
    table.concat(statuses, ","), made.sources, made.people, made.quotes, t.patched, t.stale, t.revalidated,
    table.concat(quotes, ",")))
end
