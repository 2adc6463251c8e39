package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.monitoring.WarningReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/** A warning's reasons as sentences in the caller's language (the reason codes live in the same bundles as problems). */
@ApplicationScoped
public class WarningMessages {

    private final ProblemMessages messages;

    @Inject
    public WarningMessages(ProblemMessages messages) {
        this.messages = messages;
    }

    public MonitoringReportResponse.WarningResponse toResponse(Warning warning, boolean kept, Locale locale) {
        if (warning == null) {
            return null;
        }
        return new MonitoringReportResponse.WarningResponse(Coded.of(warning.level()), kept,
                warning.reasons().stream().map(r -> reason(r, locale)).toList());
    }

    private MonitoringReportResponse.Reason reason(WarningReason reason, Locale locale) {
        return new MonitoringReportResponse.Reason(reason.code(), Coded.of(reason.level()), reason.arguments(),
                messages.title(reason.code(), locale), messages.detail(reason.code(), reason.arguments(), locale));
    }
}
