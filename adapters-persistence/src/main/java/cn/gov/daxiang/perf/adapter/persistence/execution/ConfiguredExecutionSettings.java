package cn.gov.daxiang.perf.adapter.persistence.execution;

import cn.gov.daxiang.perf.application.port.out.ExecutionSettings;
import cn.gov.daxiang.perf.domain.execution.ExecutionTolerance;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;

/**
 * The execution settings from the configuration: {@code perf.execution.tolerance-percent} (default 1) and
 * {@code perf.execution.tolerance-amount} (元, default 0); an override of the province's figures is flagged when a
 * figure differs by more than the larger of the two. Refused at start when out of range.
 */
@ApplicationScoped
public class ConfiguredExecutionSettings implements ExecutionSettings {

    private final ExecutionTolerance tolerance;

    @Inject
    public ConfiguredExecutionSettings(@ConfigProperty(name = "perf.execution.tolerance-percent", defaultValue = "1") BigDecimal percent,
                                       @ConfigProperty(name = "perf.execution.tolerance-amount", defaultValue = "0") BigDecimal amount) {
        try {
            this.tolerance = new ExecutionTolerance(percent, new Money(amount));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("perf.execution.tolerance-percent must be 0–100 and perf.execution.tolerance-amount"
                    + " a non-negative amount in 元, were " + percent + " and " + amount, e);
        }
    }

    @Override
    public ExecutionTolerance executionTolerance() {
        return tolerance;
    }
}
