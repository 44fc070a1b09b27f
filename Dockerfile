# syntax=docker/dockerfile:1
# The image of each Java service, one Maven module of the reactor: auth-service, projects-service,
# tasks-service, metrics-service and tasks-worker differ only by the module and the port it listens on.
#
# Build from the repository root (the Maven reactor needs the parent pom), naming both:
#   docker build --build-arg SERVICE=auth-service --build-arg PORT=8000 -t devopstrack/auth-service:local .
# Ports (docs/contracts.md): auth-service 8000, projects-service 8001, tasks-service 8002,
# metrics-service 8003, tasks-worker 8004. deploy/compose.yml passes the same arguments
# (`docker compose -f deploy/compose.yml build auth-service`), and so does CI's images job.

# --- 1. build the executable jar with Maven (JDK 21 compiles the project's --release 17 sources) ---
FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
RUN test -n "$SERVICE" || { echo "name the module: --build-arg SERVICE=auth-service (and --build-arg PORT=8000)" >&2; exit 1; }
WORKDIR /workspace
# Every module's pom first: the reactor reads them all, and this layer only changes when a pom does.
COPY pom.xml ./
COPY libs/platform/pom.xml libs/platform/
COPY libs/test-support/pom.xml libs/test-support/
COPY libs/jobs/pom.xml libs/jobs/
COPY libs/events/pom.xml libs/events/
COPY auth-service/pom.xml auth-service/
COPY projects-service/pom.xml projects-service/
COPY tasks-service/pom.xml tasks-service/
COPY tasks-worker/pom.xml tasks-worker/
COPY metrics-service/pom.xml metrics-service/
# The shared library modules are compiled into the jar (test-support is only for tests).
COPY libs/platform/src/main libs/platform/src/main
COPY libs/jobs/src/main libs/jobs/src/main
COPY libs/events/src/main libs/events/src/main
COPY libs/test-support/src/main libs/test-support/src/main
COPY ${SERVICE}/src/main ${SERVICE}/src/main
# The Maven repository lives in a BuildKit cache mount: dependencies are downloaded once per machine.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${SERVICE}" -am package -Dmaven.test.skip=true \
 && cp "${SERVICE}/target/${SERVICE}.jar" application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination /workspace/extracted

# --- 2. run on a slim JRE, one image layer per Spring Boot layer (libraries change less than code) ---
# application/ holds application.jar (the name of the jar extracted), which finds its libraries in lib/.
FROM eclipse-temurin:21-jre-alpine
ARG PORT
RUN test -n "$PORT" || { echo "name the port: --build-arg PORT=8000 (docs/contracts.md)" >&2; exit 1; } \
 && addgroup -S -g 10001 devopstrack \
 && adduser -S -D -H -u 10001 -G devopstrack -s /sbin/nologin devopstrack
WORKDIR /application
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER 10001:10001
# Every service's server.port is ${PORT:<its port>}: the image listens, exposes and is probed on the same one.
ENV PORT=${PORT}
EXPOSE ${PORT}
# busybox wget is part of the Alpine base; it exits non-zero on the 503 that /healthz answers when a store is down.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
# The heap follows the container's memory limit; extra flags go in JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "application.jar"]
