import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of tasks-service + tasks-worker on loopback (started here from their jars), no-op jobs (stage
 * durations 0, failure rate 0): 1. the API alone (POST /tasks with no worker running: a backlog);
 * 2. the workers alone (draining that backlog); 3. end to end, POST /tasks to SUCCEEDED with both running,
 * counting lost jobs; 4. latency from a job change in the worker (its updatedAt) to the SSE event here.
 * It stands in for auth-service (a JWK Set of its own key, which signs the bench's token) and for
 * projects-service (every project exists), so that only the two measured services and Redis run.
 *
 * java bench/tasks/TasksBench.java WORKERS JOBS PREFIX REDIS_DATABASE
 */
public class TasksBench {

    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    static final Pattern UPDATED = Pattern.compile("\"updatedAt\":\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
    static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");
    /** hey when installed (TASKS_BENCH_CLIENT=jdk forces the JDK HttpClient). */
    static final String HEY = !"jdk".equals(System.getenv("TASKS_BENCH_CLIENT"))
            && java.nio.file.Files.isExecutable(Path.of("/usr/bin/hey")) ? "/usr/bin/hey" : null;

    public static void main(String[] args) throws Exception {
        int workers = Integer.parseInt(args[0]);
        int jobs = Integer.parseInt(args[1]);
        String prefix = args[2];
        String database = args[3];
        String concurrency = System.getenv().getOrDefault("WORKER_CONCURRENCY", "16");

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        HttpServer fake = fakeAuthAndProjects(keys);
        String fakeUrl = "http://127.0.0.1:" + fake.getAddress().getPort();
        String token = token(keys);
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
        try {
            int apiPort = 18102;
            processes.add(start("tasks-service", Map.of(), "tasks-service/target/tasks-service.jar",
                    "--server.port=" + apiPort, "--spring.data.redis.database=" + database,
                    "--devopstrack.key-prefix=" + prefix,
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + fakeUrl + "/auth/jwks",
                    "--devopstrack.projects-url=" + fakeUrl));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String api = "http://127.0.0.1:" + apiPort;
            waitHealthy(http, api);
            System.out.printf("workers=%d concurrency/worker=%s jobs=%d client=%s%n", workers, concurrency, jobs,
                    HEY == null ? "jdk HttpClient" : "hey");

            // 1. The API alone (no worker yet): a backlog of queued jobs.
            String backlogProject = "bench-backlog-" + UUID.randomUUID().toString().substring(0, 8);
            post(http, api, token, "api warm-up (no worker)", "bench-warm-" + UUID.randomUUID().toString().substring(0, 8), jobs / 5);
            int backlog = post(http, api, token, "api alone (no worker)", backlogProject, jobs);

            // 2. The workers alone: they drain the backlog.
            for (int i = 0; i < workers; i++) {
                processes.add(start("tasks-worker-" + i, Map.of("WORKER_STAGE_MIN_MS", "0", "WORKER_STAGE_MAX_MS", "0",
                                "WORKER_FAILURE_RATE", "0", "WORKER_CONCURRENCY", concurrency),
                        "tasks-worker/target/tasks-worker.jar", "--server.port=" + (18104 + i),
                        "--spring.data.redis.database=" + database, "--devopstrack.worker.key-prefix=" + prefix));
            }
            drain(http, api, token, backlogProject, backlog);
            for (int i = 0; i < workers; i++) {
                waitHealthy(http, "http://127.0.0.1:" + (18104 + i));
            }

            // 3. End to end, API and workers together.
            throughput(http, api, token, "end to end", jobs);
            sseLatency(http, api, token, 300, 2000);
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                process.waitFor();
            }
            fake.stop(0);
        }
    }

    /** Posts jobs, 64 in flight; returns how many were accepted. */
    static int post(HttpClient http, String api, String token, String label, String project, int jobs) throws Exception {
        long start = System.nanoTime();
        int accepted = postAll(http, api, token, project, jobs);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d accepted of %d in %.2f s = %.0f POST/s%n", label, accepted, jobs, seconds, accepted / seconds);
        return accepted;
    }

    /** Waits until the backlog is done; the rate counts from the first finished job. */
    static void drain(HttpClient http, String api, String token, String project, int jobs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long first = 0;
        long atFirst = 0;
        long succeeded = 0;
        while (System.nanoTime() < deadline) {
            succeeded = count(http, api, token, project, "SUCCEEDED");
            if (first == 0 && succeeded > 0) {
                first = System.nanoTime();
                atFirst = succeeded;
            }
            if (succeeded >= jobs) {
                break;
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - first) / 1e9;
        long failed = count(http, api, token, project, "FAILED");
        System.out.printf("workers alone (draining the backlog): %d SUCCEEDED, %.0f jobs/s; failed=%d lost=%d%n",
                succeeded, (succeeded - atFirst) / seconds, failed, jobs - succeeded - failed);
    }

    static void throughput(HttpClient http, String api, String token, String label, int jobs) throws Exception {
        String project = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        int acceptedJobs = postAll(http, api, token, project, jobs);
        AtomicInteger accepted = new AtomicInteger(acceptedJobs);
        AtomicInteger refused = new AtomicInteger(jobs - acceptedJobs);
        double postSeconds = (System.nanoTime() - start) / 1e9;
        waitAndReport(http, api, token, label, project, start, postSeconds, accepted, refused);
    }

    static int postAll(HttpClient http, String api, String token, String project, int jobs) throws Exception {
        String body = "{\"projectId\":\"" + project + "\",\"ref\":\"main\"}";
        if (HEY != null) {
            return postWithHey(api, token, body, jobs);
        }
        Semaphore inFlight = new Semaphore(64);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < jobs; i++) {
            inFlight.acquire();
            http.sendAsync(post(api + "/tasks", body, token), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() == 202) {
                            accepted.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquire(64);
        inFlight.release(64);
        return accepted.get();
    }

    /**
     * The POSTs through hey (Debian package), 50 at a time, which needs a fraction of the CPU the JDK's HttpClient
     * does: the load generator shares the two cores with the services it measures. hey sends n / c requests per
     * connection, so a remainder goes in a second, smaller run.
     */
    static int postWithHey(String api, String token, String body, int jobs) throws Exception {
        int concurrency = 50;
        int accepted = 0;
        int whole = jobs / concurrency * concurrency;
        if (whole > 0) {
            accepted += hey(api, token, body, whole, concurrency);
        }
        if (jobs > whole) {
            accepted += hey(api, token, body, jobs - whole, jobs - whole);
        }
        return accepted;
    }

    static int hey(String api, String token, String body, int requests, int concurrency) throws Exception {
        Process hey = new ProcessBuilder(HEY, "-n", Integer.toString(requests), "-c", Integer.toString(concurrency),
                "-m", "POST", "-T", "application/json", "-H", "Authorization: Bearer " + token, "-d", body,
                api + "/tasks").redirectErrorStream(true).start();
        String report = new String(hey.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (hey.waitFor() != 0) {
            throw new IllegalStateException("hey failed:\n" + report);
        }
        Matcher accepted = Pattern.compile("\\[202]\\s+(\\d+) responses").matcher(report);
        return accepted.find() ? Integer.parseInt(accepted.group(1)) : 0;
    }

    static void waitAndReport(HttpClient http, String api, String token, String label, String project, long start,
                              double postSeconds, AtomicInteger accepted, AtomicInteger refused) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long succeeded = 0;
        while (System.nanoTime() < deadline) {
            succeeded = count(http, api, token, project, "SUCCEEDED");
            if (succeeded >= accepted.get()) {
                break;
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = count(http, api, token, project, "FAILED");
        long unfinished = count(http, api, token, project, "QUEUED") + count(http, api, token, project, "RUNNING");
        System.out.printf("%s: %d accepted (%d refused) in %.2f s (%.0f POST/s); %d SUCCEEDED after %.2f s = %.0f jobs/s end to end; "
                        + "failed=%d unfinished=%d lost=%d%n", label, accepted.get(), refused.get(), postSeconds,
                accepted.get() / postSeconds, succeeded, seconds, succeeded / seconds, failed, unfinished,
                accepted.get() - succeeded - failed);
    }

    static void sseLatency(HttpClient http, String api, String token, int jobs, int perSecondLimit) throws Exception {
        HttpResponse<String> ticketResponse = http.send(post(api + "/tasks/events/tickets", "", token),
                HttpResponse.BodyHandlers.ofString());
        String ticket = ticketResponse.body().replaceAll(".*\"ticket\":\"([^\"]+)\".*", "$1");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> ours = ConcurrentHashMap.newKeySet();
        AtomicInteger finished = new AtomicInteger();
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(api + "/tasks/events?ticket=" + ticket))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    long arrived = System.currentTimeMillis();
                    String data = line.substring(5);
                    Matcher status = STATUS.matcher(data);
                    Matcher updated = UPDATED.matcher(data);
                    Matcher id = ID.matcher(data);
                    if (!status.find() || !updated.find() || !id.find()) {
                        continue;
                    }
                    String jobStatus = status.group(1);
                    // Changes made by the worker only (QUEUED is the API's own write).
                    if (!jobStatus.equals("QUEUED")) {
                        latencies.add(arrived - Instant.parse(updated.group(1)).toEpochMilli());
                    }
                    if (jobStatus.equals("SUCCEEDED") || jobStatus.equals("FAILED")) {
                        finished.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // stream closed at the end
            }
        });
        reader.setDaemon(true);
        reader.start();
        String body = "{\"projectId\":\"bench-sse\",\"ref\":\"main\"}";
        long pause = 1000 / Math.max(1, Math.min(perSecondLimit, 1000));
        for (int i = 0; i < jobs; i++) {
            http.send(post(api + "/tasks", body, token), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(Math.max(1, pause));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (finished.get() < jobs && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        System.out.printf("sse latency (worker change → client): %d events of %d jobs, p50=%d ms p99=%d ms max=%d ms%n",
                sorted.size(), finished.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        stream.body().close();
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static long count(HttpClient http, String api, String token, String project, String status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/tasks?size=1&projectId="
                + project + "&status=" + status)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(response.body());
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    static HttpRequest post(String url, String body, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static Process start(String name, Map<String, String> env, String jar, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("bench/results/" + name + ".log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    static void waitHealthy(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(base + " did not become healthy");
    }

    static HttpServer fakeAuthAndProjects(KeyPair keys) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        byte[] jwks = ("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(unsigned(key.getModulus())) + "\",\"e\":\"" + b64(unsigned(key.getPublicExponent())) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/auth/jwks", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.createContext("/projects/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    static String token(KeyPair keys) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"kid\":\"bench\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64(("{\"iss\":\"devopstrack-auth\",\"aud\":\"devopstrack\",\"sub\":\"bench\","
                + "\"preferred_username\":\"bench\",\"roles\":[\"ADMIN\"],\"iat\":" + now + ",\"exp\":" + (now + 3600)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64(signature.sign());
    }

    static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
