-- Keeps a running job's lease alive and resets its queue entry's idle time, so that no other worker
-- reclaims an entry whose runner is alive.
-- KEYS[1] lease key, KEYS[2] queue stream; ARGV[1] owner, ARGV[2] lease ms, ARGV[3] group,
-- ARGV[4] consumer, ARGV[5] entry id. Returns 1 when renewed, 0 when the lease is lost.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('XCLAIM', KEYS[2], ARGV[3], ARGV[4], 0, ARGV[5], 'JUSTID')
return 1
