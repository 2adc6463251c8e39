package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import cn.gov.daxiang.perf.application.port.out.KeyEvaluationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The key-evaluation settings from the configuration, beside the data they govern: {@code perf.key-evaluations.rectification-days} (default 60): days from acceptance to a proposed rectification's default deadline. */
@ApplicationScoped
public class ConfiguredKeyEvaluationSettings implements KeyEvaluationSettings {

    private final int rectificationDays;

    @Inject
    public ConfiguredKeyEvaluationSettings(@ConfigProperty(name = "perf.key-evaluations.rectification-days", defaultValue = "60") int rectificationDays) {
        if (rectificationDays < 1) {
            throw new IllegalArgumentException("perf.key-evaluations.rectification-days must be at least 1, was " + rectificationDays);
        }
        this.rectificationDays = rectificationDays;
    }

    @Override
    public int rectificationDays() {
        return rectificationDays;
    }
}
