package io.devopstrack.metrics.ingestion;

import com.influxdb.client.InfluxDBClient;
import io.devopstrack.metrics.config.InfluxProperties;
import io.devopstrack.metrics.config.IngestionProperties;
import io.devopstrack.metrics.influx.InfluxPing;
import io.devopstrack.platform.lifecycle.BackgroundWork;
import io.lettuce.core.cluster.SlotHash;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Stream ingestion (consumer group {@code metrics-service}), started with the application as {@link BackgroundWork}
 * and stopped before the Redis and InfluxDB clients go: the reading thread first, then the writers once their last
 * batches were acknowledged (see docs/metrics-service.md, "Acknowledge after write").
 */
@Component
@ConditionalOnBooleanProperty(name = "devopstrack.ingestion.enabled", matchIfMissing = true)
public record IngestionPipeline(
        InfluxDBClient influx,
        InfluxProperties influxProperties,
        IngestionProperties properties,
        LettuceConnectionFactory redisFactory,
        StringRedisTemplate redis,
        InfluxPing ping,
        IngestionMetrics metrics)
        implements BackgroundWork.Starter {

    private static final Logger log = LoggerFactory.getLogger(IngestionPipeline.class);

    public IngestionPipeline {
        // One XREADGROUP reads every stream: a Redis Cluster refuses it (CROSSSLOT) unless they share a hash slot.
        List<String> streams = properties.streams();
        if (redisFactory.isClusterAware()
                && streams.stream().map(SlotHash::getSlot).distinct().count() > 1) {
            throw new IllegalStateException(
                    "on a Redis Cluster the ingested streams must share a hash tag: " + streams);
        }
    }

    @Override
    public BackgroundWork.Running start() {
        List<String> streams = properties.streams();
        String consumer = properties.consumer().isBlank() ? defaultConsumerName() : properties.consumer();
        ConsumerGroup group = new ConsumerGroup(redis, properties.group());
        StreamConnections connections = new StreamConnections(redisFactory);
        Acknowledger acknowledger = new Acknowledger(connections, properties.group(), streams);
        Writers writers = new Writers(influx, influxProperties, properties, metrics, acknowledger::acknowledge);
        StreamReader reader =
                new StreamReader(connections, properties.group(), consumer, streams, properties.readCount());
        PageEncoder encoder = new PageEncoder(properties.executionsStream(), properties.incidentsStream());
        PageSubmitter pages = new PageSubmitter(encoder, writers, acknowledger, metrics);
        IngestionLoop loop = new IngestionLoop(properties, group, reader, pages, writers, ping);
        Thread thread = new Thread(loop, "ingestion");
        thread.start();
        ScheduledExecutorService housekeeping =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ingestion-housekeeping"));
        housekeeping.scheduleWithFixedDelay(
                new BacklogGauges(group, streams, metrics),
                0,
                properties.gaugeRefresh().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("ingesting {} as consumer {} of group {}", streams, consumer, properties.group());
        return () -> {
            loop.stop();
            housekeeping.shutdownNow();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writers.drainAndClose();
            connections.close();
        };
    }

    private static String defaultConsumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "metrics-service";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
