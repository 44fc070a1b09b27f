-- POST /auth/refresh where every connection follows its own token family: each response's new refresh token
-- is the one the next request presents. A thread holds one token per connection; a connection sends its next
-- request only after its response, so the pool never runs dry while all answers are 200.
-- Tokens come from the file named by REFRESH_TOKENS_FILE, one per line, split between threads in setup().

local threads_seen = 0
local all_tokens = {}
local threads = {}

function setup(thread)
  if #all_tokens == 0 then
    for line in io.lines(os.getenv("REFRESH_TOKENS_FILE")) do
      all_tokens[#all_tokens + 1] = line
    end
  end
  threads[#threads + 1] = thread
  thread:set("id", threads_seen)
  thread:set("tokens", table.concat(all_tokens, ","))
  threads_seen = threads_seen + 1
end

function init(args)
  pool = {}
  local index, count = 0, tonumber(os.getenv("THREADS") or "2")
  for token in string.gmatch(tokens, "[^,]+") do
    if index % count == id then
      pool[#pool + 1] = token
    end
    index = index + 1
  end
  lost = 0
end

function request()
  local token = table.remove(pool) or "pool-empty"
  return wrk.format("POST", "/auth/refresh", { ["Content-Type"] = "application/json" },
    '{"refreshToken":"' .. token .. '"}')
end

function response(status, headers, body)
  local token = body and string.match(body, '"refreshToken":"([^"]+)"')
  if status == 200 and token then
    pool[#pool + 1] = token
  else
    lost = lost + 1
  end
end

function done(summary, latency, requests)
  local lost_total = 0
  for _, thread in ipairs(threads) do
    lost_total = lost_total + thread:get("lost")
  end
  io.write(string.format("refresh answers without a new token: %d\n", lost_total))
end
