-- GET /projects/{id} over the seeded ids, picked at random.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

request = function()
  return wrk.format("GET", "/projects/" .. ids[math.random(#ids)])
end
