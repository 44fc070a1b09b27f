-- GET /projects?page=0&size=20
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = "/projects?page=0&size=20"
