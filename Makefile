# DevOpsTrack — one command to run the platform locally, one to test everything.
# Backing servers, data and logs live under .local/ (git-ignored). See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

MVN ?= mvn -B -ntp
NPM ?= npm
ADMIN_USERNAME ?= $(or $(DEVOPSTRACK_ADMIN_USERNAME),admin)
ADMIN_PASSWORD ?= $(or $(DEVOPSTRACK_ADMIN_PASSWORD),admin-change-me)

.PHONY: help up down status build build-java build-frontend servers test test-java test-frontend \
        test-e2e test-real-images test-redis-cluster check-deploy check-non-root bench demo chaos chaos-short clean-data

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

up: ## start everything (backing servers, 5 services, dashboard, Prometheus) and wait until healthy
	@start=$$SECONDS; \
	bash deploy/local/prereqs.sh; \
	bash deploy/local/servers.sh up; \
	$(MAKE) --no-print-directory build; \
	bash deploy/local/services.sh up; \
	bash deploy/local/dashboard.sh up; \
	if [[ -x deploy/local/prometheus.sh ]]; then bash deploy/local/prometheus.sh up; fi; \
	bash deploy/local/alertmanager.sh up; \
	echo; echo "DevOpsTrack is up in $$((SECONDS - start))s."; \
	echo "  Dashboard    http://127.0.0.1:5173   (log in as $(ADMIN_USERNAME) / $(ADMIN_PASSWORD))"; \
	echo "  auth         http://127.0.0.1:8000/docs"; \
	echo "  projects     http://127.0.0.1:8001/docs"; \
	echo "  tasks        http://127.0.0.1:8002/docs"; \
	echo "  metrics      http://127.0.0.1:8003/docs"; \
	echo "  tasks-worker http://127.0.0.1:8004/healthz"; \
	echo "  Prometheus   http://127.0.0.1:9090"; \
	echo "Stop with 'make down'; see what runs with 'make status'; logs in .local/logs/."

down: ## stop everything that make up or make test started (data is kept in .local/)
	@bash deploy/local/alertmanager.sh down
	@if [[ -x deploy/local/prometheus.sh ]]; then bash deploy/local/prometheus.sh down; fi
	@bash deploy/local/dashboard.sh down
	@bash deploy/local/services.sh down
	@bash deploy/local/servers.sh down

status: ## what runs, on which port, healthy or not
	@bash deploy/local/servers.sh status
	@bash deploy/local/services.sh status
	@bash deploy/local/dashboard.sh status
	@if [[ -x deploy/local/prometheus.sh ]]; then bash deploy/local/prometheus.sh status; fi

servers: ## start only the backing servers (PostgreSQL, Redis, InfluxDB + proxy, MongoDB-wire)
	@bash deploy/local/servers.sh up

build: build-java build-frontend ## build the service jars and the dashboard

build-java:
	@echo "==> building the service jars (mvn package, tests skipped)"
	@$(MVN) -q package -DskipTests
	@bash deploy/local/check-jars.sh

build-frontend:
	@echo "==> building the dashboard (frontend/dist)"
	@bash deploy/local/frontend.sh build

test: ## run every test: Java suites on real servers, front end, deployment checks, non-root check, end-to-end
	@start=$$SECONDS; \
	bash deploy/local/prereqs.sh; \
	bash deploy/local/servers.sh up; \
	bash deploy/local/alertmanager.sh install; \
	$(MAKE) --no-print-directory test-java test-redis-cluster test-real-images test-frontend check-deploy check-non-root test-e2e chaos-short; \
	echo "All tests passed in $$((SECONDS - start))s."

test-java: ## mvn verify against the real backing servers
	@echo "==> Java test suites (mvn verify)"
	@$(MVN) verify
	@bash deploy/local/check-jars.sh

test-redis-cluster: ## tasks, worker, metrics, projects shared-Redis test classes again, on a local 3-master Redis Cluster
	@echo "==> shared-Redis test classes on a local 3-master Redis Cluster (127.0.0.1:7001-7003)"
	@bash deploy/local/redis-cluster.sh up
	@trap 'bash deploy/local/redis-cluster.sh down' EXIT; \
	$(MVN) -Predis-cluster -pl tasks-service,tasks-worker,metrics-service,projects-service -am verify

test-real-images: ## projects and metrics suites against real MongoDB 7 and InfluxDB 2.7 images (needs a Docker engine)
	@if docker info >/dev/null 2>&1; then \
	  echo "==> projects-service and metrics-service suites against MongoDB 7 and InfluxDB 2.7 (Testcontainers)"; \
	  $(MVN) -Preal-images -pl projects-service,metrics-service -am verify; \
	else \
	  echo "==> real-images suites not run: no Docker engine here (docker info fails); CI runs them (ci.yml, job real-images)"; \
	fi

check-non-root: ## as root: start the backing servers as a throwaway normal user from a clone in its home
	@bash deploy/checks/non-root.sh

test-frontend: ## dashboard unit/component tests and bundle budget
	@echo "==> dashboard tests (vitest) and bundle budget"
	@bash deploy/local/frontend.sh test

check-deploy: ## offline checks of Dockerfiles, Compose, Prometheus, Grafana, Kubernetes, Terraform, Ansible, workflows
	@echo "==> deployment checks"
	@bash deploy/checks/run-all.sh

test-e2e: ## end-to-end browser tests, then make demo, against the running stack (started here if needed)
	@echo "==> end-to-end tests in Chromium"
	@bash deploy/local/e2e.sh

demo: ## replay signed GitHub deliveries (runs, a failure, a re-run, deployments) into a demo project (needs 'make up')
	@bash deploy/local/demo.sh

bench: ## rerunnable benchmarks (needs 'make up'); figures go to bench/results/ (chaos.sh: make chaos)
	@for b in bench/*.sh; do [[ $$b == bench/chaos.sh ]] && continue; echo "==> $$b"; bash "$$b"; done

chaos: ## 10-minute chaos soak on a private copy of the platform, then reconciliation (docs/chaos.md)
	@CHAOS_DURATION=$${CHAOS_DURATION:-600} bash bench/chaos.sh

chaos-short: ## the same for 2 minutes (part of make test)
	@CHAOS_DURATION=120 bash bench/chaos.sh

clean-data: down ## stop everything and delete .local/ (all local data and logs)
	@bash deploy/local/servers.sh purge
	rm -rf .local
