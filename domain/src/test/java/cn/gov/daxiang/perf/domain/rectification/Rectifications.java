package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Rectification items in each state, for the domain tests. */
final class Rectifications {

    static final UnitCode UNIT = UnitCode.of("108002");
    static final ProjectCode PROJECT = ProjectCode.of("43050324T000000000101");
    static final ActorId FINANCE = ActorId.of("finance-admin");
    static final Instant NOW = Instant.parse("2024-11-01T02:00:00Z");
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 11, 1);
    static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);

    private Rectifications() {
    }

    static Rectification issued() {
        return Rectification.issue(RectificationId.newId(), RectificationSource.finding(UUID.randomUUID(), 0), FiscalYear.of(2024), PROJECT,
                UNIT, "部分资金未及时拨付", DEADLINE, FINANCE, NOW, ISSUED_ON);
    }

    static Rectification inProgress() {
        Rectification item = issued();
        item.start(NOW);
        return item;
    }

    static Rectification reported(LocalDate on) {
        Rectification item = inProgress();
        item.report("已完成资金拨付并建立台账", 1, NOW, on);
        return item;
    }
}
