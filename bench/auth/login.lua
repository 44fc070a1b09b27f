-- POST /auth/login with the benchmark user's credentials (BENCH_USER / BENCH_USER_PASSWORD): the rate of
-- successful logins, which the password hash bounds on purpose.
local body = string.format('{"username":"%s","password":"%s"}', os.getenv("BENCH_USER"),
  os.getenv("BENCH_USER_PASSWORD"))

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
