package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeAssignment;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeCommand;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalogReplaced;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeDefined;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeRevised;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grading configuration on the in-memory fakes, without a container: only finance administration defines and
 * revises schemes and replaces the catalog, each change audited as before and published as an event.
 */
class GradingConfigurationUseCaseTest {

    private static final GradeSchemeId TRIAL = GradeSchemeId.of("trial-2026");

    private final EvaluationUseCases app = new EvaluationUseCases(Instant.parse("2026-01-05T02:00:00Z"));

    @Test
    void definingASchemeIsACreationAuditedWithItsBands() {
        GradeSchemeDetails defined = define();

        assertThat(defined.revision()).as("a new scheme's first revision").isZero();
        assertThat(app.recorded.events()).containsExactly(new GradeSchemeDefined(TRIAL));
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(audit.objectType()).isEqualTo(GradeScheme.AUDIT_TYPE);
        assertThat(audit.changes()).contains(new FieldChange("bands", null, "优 ≥ 85.00; 良 ≥ 75.00; 差 ≥ 0.00"));
    }

    @Test
    void revisingAnUnusedSchemeIsOneUpdateOfItsBands() {
        GradeSchemeDetails defined = define();
        app.forgetSoFar();

        GradeSchemeDetails revised = app.grading.reviseGradeScheme(FINANCE_ADMIN, new ReviseGradeSchemeCommand(TRIAL, defined.revision(),
                "试行等级", bands("88", "75")));

        assertThat(revised.revision()).isEqualTo(defined.revision() + 1);
        assertThat(app.recorded.events()).containsExactly(new GradeSchemeRevised(TRIAL));
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(audit.changes()).containsExactly(new FieldChange("bands", "优 ≥ 85.00; 良 ≥ 75.00; 差 ≥ 0.00", "优 ≥ 88.00; 良 ≥ 75.00; 差 ≥ 0.00"));
    }

    @Test
    void onlyFinanceAdministrationRevisesForbiddenBeforeStaleAndRefusalsLeaveNoTrace() {
        define();
        app.forgetSoFar();

        assertThatThrownBy(() -> app.grading.reviseGradeScheme(FINANCE, new ReviseGradeSchemeCommand(TRIAL, 999, "试行等级", bands("88", "75"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> app.grading.reviseGradeScheme(FINANCE_ADMIN, new ReviseGradeSchemeCommand(TRIAL, 999, "试行等级", bands("88", "75"))))
                .isInstanceOf(StaleRevisionException.class);
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void replacingTheCatalogIsAnEventAndAnUpdateOfTheAssignmentsThatChangedAndGradesFollowIt() {
        define();
        GradeSchemeCatalogDetails catalog = app.grading.gradeSchemeCatalog(FINANCE_ADMIN);
        app.forgetSoFar();
        List<GradeSchemeAssignment> entries = new ArrayList<>(catalog.catalog().entries().stream()
                .map(e -> new GradeSchemeAssignment(e.type(), e.effectiveFrom(), e.scheme().getId())).toList());
        entries.add(new GradeSchemeAssignment(EvaluationType.SELF_EVALUATION, FiscalYear.of(2026), TRIAL));

        GradeSchemeCatalogDetails replaced = app.grading.replaceGradeSchemeCatalog(FINANCE_ADMIN, catalog.revision(), entries);

        assertThat(app.recorded.events(GradeSchemeCatalogReplaced.class)).singleElement()
                .satisfies(e -> assertThat(e.catalog()).isEqualTo(replaced.catalog()));
        AuditEvent audit = only(app.audit());
        assertThat(audit.objectType()).isEqualTo(GradeSchemeCatalog.AUDIT_TYPE);
        assertThat(audit.changes()).containsExactly(new FieldChange("SELF_EVALUATION@2026", null, "trial-2026"));
        assertThat(app.grading.gradeScore(FINANCE, EvaluationType.SELF_EVALUATION, FiscalYear.of(2026), new Score(new BigDecimal("86.00"))).grade())
                .isEqualTo(Grade.EXCELLENT);
        assertThat(app.grading.gradeScore(FINANCE, EvaluationType.SELF_EVALUATION, FiscalYear.of(2025), new Score(new BigDecimal("86.00"))).grade())
                .as("older years keep the national scheme").isEqualTo(Grade.GOOD);
    }

    @Test
    void replacingTheCatalogWithTheSameAssignmentsPublishesTheEventButAuditsNoChange() {
        GradeSchemeCatalogDetails catalog = app.grading.gradeSchemeCatalog(FINANCE_ADMIN);
        List<GradeSchemeAssignment> same = catalog.catalog().entries().stream()
                .map(e -> new GradeSchemeAssignment(e.type(), e.effectiveFrom(), e.scheme().getId())).toList();

        app.grading.replaceGradeSchemeCatalog(FINANCE_ADMIN, catalog.revision(), same);

        assertThat(app.recorded.events()).hasSize(1);
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void aCatalogNamingAnUnknownSchemeIsABadEntryNamedByItsIndex() {
        GradeSchemeCatalogDetails catalog = app.grading.gradeSchemeCatalog(FINANCE_ADMIN);

        assertThatThrownBy(() -> app.grading.replaceGradeSchemeCatalog(FINANCE_ADMIN, catalog.revision(),
                List.of(new GradeSchemeAssignment(EvaluationType.SELF_EVALUATION, FiscalYear.of(2026), GradeSchemeId.of("nowhere")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("entries[0].schemeId"));
        assertThat(app.audit()).isEmpty();
    }

    private GradeSchemeDetails define() {
        return app.grading.defineGradeScheme(FINANCE_ADMIN, GradeScheme.define(TRIAL, "试行等级", bands("85", "75")));
    }

    private static List<GradeBand> bands(String excellent, String good) {
        return List.of(GradeBand.from(excellent, Grade.EXCELLENT), GradeBand.from(good, Grade.GOOD), GradeBand.from("0", Grade.POOR));
    }

    private static AuditEvent only(List<AuditEvent> audit) {
        assertThat(audit).hasSize(1);
        return audit.get(0);
    }
}
