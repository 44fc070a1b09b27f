-- Deletes jobs finished before a cutoff, with their index entries (retention).
-- KEYS[1] finished set; ARGV[1] key prefix, ARGV[2] cutoff (ms), ARGV[3] batch size. Returns the count.
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', 0, ARGV[3])
for _, id in ipairs(ids) do
  local doc = redis.call('GET', p .. 'job:' .. id)
  if doc then
    local job = cjson.decode(doc)
    local project = p .. 'jobs:index:project:' .. job.projectId
    local source = ':source:' .. (type(job.source) == 'string' and job.source or 'simulated')
    local status = ':status:' .. job.status
    for _, key in ipairs({p .. 'jobs:index', project, p .. 'jobs:index' .. status, project .. status,
        p .. 'jobs:index' .. source, project .. source, p .. 'jobs:index' .. source .. status,
        project .. source .. status}) do
      redis.call('ZREM', key, id)
    end
    redis.call('DEL', p .. 'job:' .. id)
  end
  redis.call('ZREM', KEYS[1], id)
end
return #ids
