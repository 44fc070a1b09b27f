-- POST /projects with a unique name per request: run id, thread number, counter.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
local prefix
function init(args)
  -- os.time() keeps the warm-up pass and the measured pass from reusing names (409s)
  prefix = os.getenv("RUN_ID") .. "-post-" .. os.time() .. "-t" .. tid .. "-"
end

local headers = {
  ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
  ["Content-Type"] = "application/json",
}

request = function()
  counter = counter + 1
  return wrk.format("POST", "/projects", headers,
    '{"name":"' .. prefix .. counter .. '","description":"bench","tags":["bench"]}')
end
