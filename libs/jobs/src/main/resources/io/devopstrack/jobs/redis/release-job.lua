-- Done with a queue entry: acknowledge and delete it, and drop the lease if we still hold it.
-- KEYS[1] queue stream, KEYS[2] lease key; ARGV[1] group, ARGV[2] entry id, ARGV[3] lease owner
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1
