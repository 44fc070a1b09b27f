-- Takes the run lease of a job (SET NX PX) and returns the job document.
-- KEYS[1] lease key, KEYS[2] job key; ARGV[1] lease owner, ARGV[2] lease time (ms)
-- Returns {1, job JSON}, {0, ''} when another runner holds the lease, {-1, ''} when the job is gone.
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0, ''} end
local job = redis.call('GET', KEYS[2])
if not job then return {-1, ''} end
return {1, job}
