package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;
import java.util.List;

/** The seed's 2025 new projects (大祥区城市智慧停车场 and others) and assessments of them in every state. */
public final class PreAssessmentFixtures {

    public static final UnitCode UNIT = UnitCode.of("108002");
    public static final FiscalYear YEAR = FiscalYear.of(2025);
    public static final ProjectCode PARKING = ProjectCode.of("43050325T000000000201");
    public static final ProjectCode COLD_CHAIN = ProjectCode.of("43050325T000000000202");
    public static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");
    public static final ActorId OPERATOR = ActorId.of("op-108002");
    public static final ActorId FINANCE = ActorId.of("finance-01");
    public static final Instant T0 = Instant.parse("2024-10-08T02:00:00Z");
    public static final Money REQUESTED = Money.of("1000000.00");

    private PreAssessmentFixtures() {
    }

    public static Project project(ProjectCode code, ProjectCategory category) {
        return Project.of(code, "大祥区城市智慧停车场", UNIT, YEAR, category, List.of(),
                ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO));
    }

    public static Project parking() {
        return project(PARKING, ProjectCategory.SPECIFIC_PURPOSE);
    }

    public static PreAssessment draft(Project project, Money requested) {
        return PreAssessment.draft(PreAssessmentId.newId(), project, AssessmentPurpose.NEW_PROJECT, requested, "新建智慧停车泊位800个",
                AssessmentCriteriaSet.standard(), OPERATOR, T0);
    }

    public static PreAssessment draft() {
        return draft(parking(), REQUESTED);
    }

    /** Every criterion scored 18 (total 90.00). */
    public static List<CriterionScore> fullScores() {
        return AssessmentCriteriaSet.standardCriteria().stream().map(c -> CriterionScore.of(c.code(), "18", "依据充分")).toList();
    }

    /** A draft taken under review (by finance, no agency) with every criterion scored. */
    public static PreAssessment underReview(Project project, Money requested) {
        PreAssessment a = draft(project, requested);
        a.submit();
        a.takeUp(null);
        a.score(fullScores());
        return a;
    }

    /** Concluded on {@code at}: SUPPORT_AFTER_ADJUSTMENT at {@code assessed}, SUPPORT when it is null or the amount requested. */
    public static PreAssessment concluded(Project project, Money requested, AssessmentConclusion conclusion, Money assessed, Instant at) {
        PreAssessment a = underReview(project, requested);
        a.conclude(conclusion, assessed, "经评估，项目立项必要，方案可行。", FINANCE, at);
        a.pullEvents();
        return a;
    }
}
