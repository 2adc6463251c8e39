package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.List;

/** Every readiness check of one project, in the order they ran. Ready when all passed. */
public record ReadinessReport(ProjectCode projectCode, List<ReadinessCheckResult> results) {

    public ReadinessReport {
        results = List.copyOf(results);
    }

    public boolean isReady() {
        return results.stream().allMatch(ReadinessCheckResult::passed);
    }

    public List<ReadinessCheckResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
