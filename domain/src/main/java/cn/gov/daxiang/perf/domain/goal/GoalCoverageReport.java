package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.List;

/** A fiscal year's goal coverage (绩效目标全覆盖) by category. */
public record GoalCoverageReport(FiscalYear fiscalYear, CoverageFigures projects, CoverageFigures transferPayments,
                                 CoverageFigures departments) {

    public List<CoverageFigures> categories() {
        return List.of(projects, transferPayments, departments);
    }

    /** Everything that still lacks an approved goal, projects first. */
    public List<CoverageGap> missing() {
        return categories().stream().flatMap(c -> c.missing().stream()).toList();
    }
}
