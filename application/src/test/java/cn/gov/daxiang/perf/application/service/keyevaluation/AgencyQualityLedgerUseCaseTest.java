package cn.gov.daxiang.perf.application.service.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationChange;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.service.AgencyQualityLedgerService;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.AgencyNotFoundException;
import cn.gov.daxiang.perf.domain.keyevaluation.AgencyQualityLedger;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agency quality ledger through its query, on the fakes (the key-evaluation walk of {@link KeyEvaluationUseCaseTest}). */
class AgencyQualityLedgerUseCaseTest {

    private final KeyEvaluationUseCaseTest walk = new KeyEvaluationUseCaseTest();
    private final AgencyQualityLedgerService ledgers = new AgencyQualityLedgerService(walk.stores.agencies, walk.stores.keyEvaluations,
            walk.stores.evaluations, walk.stores.projects, walk.clock);
    private static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");

    @Test
    void finance_sees_the_agencys_late_report_counted_in_days_after_the_due_date() {
        KeyEvaluationDetails d = walk.scored("0");
        walk.clock.set(Instant.parse("2024-11-03T02:00:00Z")); // due 2024-10-31
        walk.service.submitKeyEvaluation(KeyEvaluationUseCaseTest.ZHENRUI, new KeyEvaluationChange(KeyEvaluationUseCaseTest.id(d), d.revision()));

        AgencyQualityLedger ledger = ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.FINANCE, ZHENRUI, FiscalYear.of(2024));

        assertThat(ledger.assigned()).isEqualTo(1);
        assertThat(ledger.submitted()).isEqualTo(1);
        assertThat(ledger.late()).isEqualTo(1);
        assertThat(ledger.lateDays()).isEqualTo(3);
        assertThat(ledger.compared()).as("no self-evaluation of the project yet").isZero();
        assertThat(ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.AUDITOR, new AgencyId("OTHERAGENCY"), FiscalYear.of(2024)).assigned()).isZero();
    }

    @Test
    void agencies_units_and_departments_may_not_read_the_ledger_and_an_unknown_agency_is_not_found() {
        assertThatThrownBy(() -> ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.ZHENRUI, ZHENRUI, FiscalYear.of(2024)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.CENTRE, ZHENRUI, FiscalYear.of(2024)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.HOUSING_REVIEWER, ZHENRUI, FiscalYear.of(2024)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledgers.agencyQualityLedger(KeyEvaluationUseCaseTest.FINANCE, new AgencyId("NOBODY"), FiscalYear.of(2024)))
                .isInstanceOf(AgencyNotFoundException.class);
    }
}
