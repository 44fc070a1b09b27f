-- Deletes jobs finished before a cutoff, with their index entries (retention).
-- KEYS[1] finished set; ARGV[1] jobs slot prefix (RedisKeys.jobsSlotPrefix), ARGV[2] cutoff (ms), ARGV[3] batch size. Returns the count.
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', 0, ARGV[3])
for _, id in ipairs(ids) do
  local doc = redis.call('GET', p .. 'job:' .. id)
  if doc then
    local job = cjson.decode(doc)
    redis.call('ZREM', p .. 'jobs:index', id)
    redis.call('ZREM', p .. 'jobs:index:project:' .. job.projectId, id)
    redis.call('ZREM', p .. 'jobs:index:status:' .. job.status, id)
    redis.call('ZREM', p .. 'jobs:index:project:' .. job.projectId .. ':status:' .. job.status, id)
    redis.call('DEL', p .. 'job:' .. id)
  end
  redis.call('ZREM', KEYS[1], id)
end
return #ids
