-- Claims stream entries idle for longer than the reclaim time (their consumer died) for this consumer, with
-- all their fields. KEYS[1] stream; ARGV[1] group, ARGV[2] consumer, ARGV[3] min idle ms, ARGV[4] count
-- Returns a flat list: entry id, number of field strings n, then n strings (name, value, ...), next entry ...
-- An entry deleted while pending comes with n = 0 (nothing left to handle: acknowledge it).
local claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0-0', 'COUNT', ARGV[4])
local out = {}
for _, entry in ipairs(claimed[2]) do
  local fields = entry[2]
  table.insert(out, entry[1])
  if fields then
    table.insert(out, tostring(#fields))
    for i = 1, #fields do table.insert(out, fields[i]) end
  else
    table.insert(out, '0')
  end
end
return out
