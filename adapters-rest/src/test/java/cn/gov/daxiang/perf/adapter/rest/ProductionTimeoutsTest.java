package cn.gov.daxiang.perf.adapter.rest;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production build's bounds that several instances behind a balancer rely on (README.md, "Several instances";
 * scripts/rehearse-cluster.sh measures them): readiness validates a pooled connection and the pool opens new ones, both
 * giving up within seconds whether the server refuses or hangs, so readiness turns DOWN within 10 s of losing the
 * database; a SIGTERM turns
 * readiness DOWN first, keeps the listener open for the balancer to notice, lets requests in flight finish, and all of
 * it ends within 10 s.
 */
class ProductionTimeoutsTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final SmallRyeConfig production = production();

    @Test
    void aDatabaseConnectionGivesUpWithinSecondsWhetherTheServerRefusesOrHangs() {
        Duration connect = Duration.ofSeconds(Long.parseLong(value("quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout")));
        Duration login = Duration.ofSeconds(Long.parseLong(value("quarkus.datasource.jdbc.additional-jdbc-properties.loginTimeout")));

        assertThat(connect).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(login).as("loginTimeout bounds the whole connection set-up, a frozen server included")
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(duration("quarkus.datasource.jdbc.acquisition-timeout")).isPositive().isLessThan(TEN_SECONDS);
        assertThat(duration("quarkus.datasource.jdbc.validation-query-timeout"))
                .as("an established connection to a server that stopped answering fails its validation").isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aSigtermTurnsReadinessDownWaitsForTheBalancerAndInFlightRequestsAndEndsWithinTenSeconds() {
        assertThat(value("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        Duration delay = duration("quarkus.shutdown.delay");
        Duration timeout = duration("quarkus.shutdown.timeout");

        assertThat(delay).as("a balancer checking every second needs two checks").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(timeout).isPositive();
        assertThat(delay.plus(timeout)).isLessThan(TEN_SECONDS);
    }

    private String value(String name) {
        return production.getValue(name, String.class);
    }

    private Duration duration(String name) {
        return DurationConverter.parseDuration(value(name));
    }

    private static SmallRyeConfig production() {
        URL properties = ProductionTimeoutsTest.class.getClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("production")
                    .withSources(new PropertiesConfigSource(properties, 100)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
