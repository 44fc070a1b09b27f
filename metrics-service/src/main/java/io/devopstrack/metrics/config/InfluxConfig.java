package io.devopstrack.metrics.config;

import com.influxdb.LogLevel;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    InfluxProperties.class,
    IngestionProperties.class,
    DeliveryProperties.class,
    ProjectsProperties.class
})
class InfluxConfig {

    @Bean(destroyMethod = "close")
    InfluxDBClient influxDBClient(InfluxProperties properties) {
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.readTimeout());
        return InfluxDBClientFactory.create(InfluxDBClientOptions.builder()
                .url(properties.url())
                .authenticateToken(properties.token().toCharArray())
                .org(properties.org())
                .bucket(properties.bucket())
                .okHttpClient(http)
                .logLevel(LogLevel.NONE)
                .build());
    }
}
