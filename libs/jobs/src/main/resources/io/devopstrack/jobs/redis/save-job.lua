-- Compare-and-set of a job document, with everything that must change with it in the same step:
-- the list indexes, the execution records for metrics, the queue entry of a new job and the live event.
-- KEYS[1] job key
-- ARGV[1] expected version (-1: the job must not exist yet)   ARGV[2] new job JSON
-- ARGV[3] key prefix        ARGV[4] lease key ('' = no lease check)   ARGV[5] lease owner
-- ARGV[6] createdAt (ms, index score)   ARGV[7] finishedAt (ms) when the job is finished, else ''
-- ARGV[8] execution records (JSON array)   ARGV[9] MINID for trimming the executions stream
-- ARGV[10] '1' to enqueue the job
-- ARGV[11] queue entry to acknowledge and delete (with the lease) when this write finishes the job, else ''
-- ARGV[12] consumer group of that entry
-- ARGV[13] status of the stored job at the expected version ('' when it must not exist yet)
-- ARGV[14] new job's id   ARGV[15] its projectId   ARGV[16] its status   ARGV[17] its source (never changes)
-- Returns {1, ''} saved, {0, current JSON} version conflict, {-1, ''} no such job, {-2, ''} lease lost.
-- The documents are not decoded: a no-op job goes through this script about seven times, and two cjson.decode
-- calls were most of its cost. "version" is a top-level key only (a quote inside a JSON string is escaped, so
-- the pattern cannot match there), and a stored job at the expected version has the status the caller read.
local current = redis.call('GET', KEYS[1])
local expected = tonumber(ARGV[1])
local old
if current then
  if expected < 0 or tonumber(string.match(current, '"version":(%d+)')) ~= expected then return {0, current} end
  old = {status = ARGV[13]}
elseif expected >= 0 then
  return {-1, ''}
end
if ARGV[4] ~= '' and redis.call('GET', ARGV[4]) ~= ARGV[5] then return {-2, ''} end

local job = {id = ARGV[14], projectId = ARGV[15], status = ARGV[16], source = ARGV[17] or 'simulated'}
local p = ARGV[3]
local score = ARGV[6]
-- the index names of RedisKeys.index: jobs:index[:project:{p}][:source:{s}][:status:{s}]
local project = p .. 'jobs:index:project:' .. job.projectId
local source = ':source:' .. job.source
local function statusKeys(status)
  local s = ':status:' .. status
  return {p .. 'jobs:index' .. s, project .. s, p .. 'jobs:index' .. source .. s, project .. source .. s}
end
if not old then
  for _, key in ipairs({p .. 'jobs:index', project, p .. 'jobs:index' .. source, project .. source}) do
    redis.call('ZADD', key, score, job.id)
  end
end
if (not old) or old.status ~= job.status then
  if old then
    for _, key in ipairs(statusKeys(old.status)) do redis.call('ZREM', key, job.id) end
  end
  for _, key in ipairs(statusKeys(job.status)) do redis.call('ZADD', key, score, job.id) end
  if ARGV[7] ~= '' then redis.call('ZADD', p .. 'jobs:finished', ARGV[7], job.id) end
end
redis.call('SET', KEYS[1], ARGV[2])
for _, r in ipairs(cjson.decode(ARGV[8])) do
  redis.call('XADD', p .. 'executions', 'MINID', '~', ARGV[9], '*',
    'kind', r.kind, 'jobId', r.jobId, 'projectId', r.projectId, 'ref', r.ref, 'attempt', r.attempt,
    'stage', r.stage, 'status', r.status, 'startedAt', r.startedAt, 'finishedAt', r.finishedAt,
    'durationMs', r.durationMs, 'source', r.source or job.source)
end
if ARGV[10] == '1' then redis.call('XADD', p .. 'jobs:queue', '*', 'jobId', job.id) end
if ARGV[11] ~= '' and ARGV[7] ~= '' then
  redis.call('XACK', p .. 'jobs:queue', ARGV[12], ARGV[11])
  redis.call('XDEL', p .. 'jobs:queue', ARGV[11])
  redis.call('DEL', ARGV[4])
end
redis.call('PUBLISH', p .. 'job-events', ARGV[2])
return {1, ''}
