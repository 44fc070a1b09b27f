-- Claims queue entries idle for longer than the reclaim time (their worker died) for this consumer.
-- KEYS[1] queue stream; ARGV[1] group, ARGV[2] consumer, ARGV[3] min idle ms, ARGV[4] count
-- Returns a flat list: entry id, job id, entry id, job id, ...
local claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0-0', 'COUNT', ARGV[4])
local out = {}
for _, entry in ipairs(claimed[2]) do
  local fields = entry[2]
  local jobId = ''
  if fields then
    for i = 1, #fields, 2 do
      if fields[i] == 'jobId' then jobId = fields[i + 1] end
    end
  end
  table.insert(out, entry[1])
  table.insert(out, jobId)
end
return out
