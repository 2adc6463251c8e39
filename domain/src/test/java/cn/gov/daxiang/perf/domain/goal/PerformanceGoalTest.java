package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.HOUSING_BUREAU;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.OLD_AREAS;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.T0;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.YEAR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.at;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goodContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each kind of goal is about, and what its content must hold. */
class PerformanceGoalTest {

    private static final GoalId ID = new GoalId(new UUID(2L, 2L));
    private static final UpperLevelGoalReference PROVINCIAL = new UpperLevelGoalReference(IssuingLevel.PROVINCE,
            "湘财建〔2024〕5号", "完成全省城镇老旧小区改造任务", null);

    private static PerformanceGoal create(GoalKind kind, boolean withProject, UpperLevelGoalReference upper) {
        return PerformanceGoal.create(ID, kind, YEAR, HOUSING_BUREAU, withProject ? OLD_AREAS : null, upper,
                goodContent(), TAXONOMY, UNIT_OPERATOR, T0);
    }

    private static void refused(Runnable creation, String code, String field) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains(field);
        });
    }

    @Test
    void aProjectGoalNamesItsProjectAndNoUpperLevelGoal() {
        PerformanceGoal goal = create(GoalKind.PROJECT, true, null);
        assertThat(goal.getProjectCode()).contains(OLD_AREAS);
        assertThat(goal.getUpperLevelGoal()).isEmpty();
        refused(() -> create(GoalKind.PROJECT, false, null), "GOAL_PROJECT_REQUIRED", "projectCode");
        refused(() -> create(GoalKind.PROJECT, true, PROVINCIAL), "GOAL_UPPER_LEVEL_GOAL_NOT_ALLOWED", "upperLevelGoal");
    }

    @Test
    void aDepartmentOverallGoalHasNoProject() {
        PerformanceGoal goal = create(GoalKind.DEPARTMENT_OVERALL, false, null);
        assertThat(goal.getProjectCode()).isEmpty();
        assertThat(goal.getUnitCode()).isEqualTo(HOUSING_BUREAU);
        refused(() -> create(GoalKind.DEPARTMENT_OVERALL, true, null), "GOAL_PROJECT_NOT_ALLOWED", "projectCode");
    }

    @Test
    void aTransferPaymentGoalNamesItsProjectAndTheUpperLevelGoalItDecomposes() {
        PerformanceGoal goal = create(GoalKind.TRANSFER_PAYMENT, true, PROVINCIAL);
        assertThat(goal.getUpperLevelGoal()).contains(PROVINCIAL);
        refused(() -> create(GoalKind.TRANSFER_PAYMENT, true, null), "GOAL_UPPER_LEVEL_GOAL_REQUIRED", "upperLevelGoal");
        refused(() -> create(GoalKind.TRANSFER_PAYMENT, false, PROVINCIAL), "GOAL_PROJECT_REQUIRED", "projectCode");
    }

    @Test
    void anUpperLevelGoalNeedsADocumentNumberAndItsTextOrId() {
        assertThat(new UpperLevelGoalReference(IssuingLevel.CENTRAL, "财建〔2024〕88号", null, "ZY-2024-0012").id())
                .contains("ZY-2024-0012");
        refused(() -> new UpperLevelGoalReference(IssuingLevel.CITY, "邵财预〔2024〕3号", " ", null),
                "UPPER_GOAL_TEXT_OR_ID_REQUIRED", "upperGoalText");
        refused(() -> new UpperLevelGoalReference(IssuingLevel.CITY, " ", "目标", null), "TEXT_REQUIRED", "documentNumber");
    }

    @Test
    void anUpperLevelGoalWithoutItsIssuingLevelIsRefusedNamingIt() {
        refused(() -> new UpperLevelGoalReference(null, "湘财预〔2024〕1号", "改造老旧小区", null), "ISSUING_LEVEL_REQUIRED", "issuingLevel");
    }

    @Test
    void theUpperLevelGoalCanBeCorrectedOnlyWhileTheGoalIsEditable() {
        PerformanceGoal goal = create(GoalKind.TRANSFER_PAYMENT, true, PROVINCIAL);
        UpperLevelGoalReference corrected = new UpperLevelGoalReference(IssuingLevel.PROVINCE, "湘财建〔2024〕6号",
                "完成全省城镇老旧小区改造任务", null);

        goal.editUpperLevelGoal(corrected, UNIT_OPERATOR, at(5));
        assertThat(goal.getUpperLevelGoal()).contains(corrected);

        GoalFixtures.submit(goal);
        assertThatThrownBy(() -> goal.editUpperLevelGoal(PROVINCIAL, UNIT_OPERATOR, at(15)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(goal.getUpperLevelGoal()).contains(corrected);
        refused(() -> create(GoalKind.PROJECT, true, null).editUpperLevelGoal(PROVINCIAL, UNIT_OPERATOR, at(5)),
                "GOAL_UPPER_LEVEL_GOAL_NOT_ALLOWED", "upperLevelGoal");
    }

    @Test
    void theAnnualOverallGoalIsRequired() {
        refused(() -> new GoalContent("  ", "长期目标", null, List.of()), "TEXT_REQUIRED", "annualOverallGoal");
    }

    @Test
    void anIndicatorIdAppearsOnlyOnceInAGoal() {
        List<Indicator> indicators = new ArrayList<>(GoalFixtures.goodIndicators());
        indicators.add(indicators.get(0));
        refused(() -> GoalFixtures.contentWith(indicators), "INDICATOR_ID_DUPLICATE", "indicators");
    }

    @Test
    void contentFindsItsIndicatorsByIdAndByGroup() {
        GoalContent content = goodContent();
        assertThat(content.indicator(GoalFixtures.COST)).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("改造工程总成本"));
        assertThat(content.indicator(GoalFixtures.id(99))).isEmpty();
        assertThat(content.indicatorsUnder("OUTPUT")).hasSize(4);
        assertThat(content.indicatorsUnder("SATISFACTION")).hasSize(1);
    }

    @Test
    void kindsGradesAndLevelsParseFromCodeOrChineseLabel() {
        assertThat(GoalKind.parse("部门整体")).isEqualTo(GoalKind.DEPARTMENT_OVERALL);
        assertThat(GoalKind.parse("transfer_payment")).isEqualTo(GoalKind.TRANSFER_PAYMENT);
        assertThat(AuditGrade.parse("良")).isEqualTo(AuditGrade.GOOD);
        assertThat(IssuingLevel.parse("中央")).isEqualTo(IssuingLevel.CENTRAL);
        assertThatThrownBy(() -> AuditGrade.parse("较差"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("AUDIT_GRADE_UNKNOWN"));
        assertThatThrownBy(() -> GoalKind.parse("专项"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("GOAL_KIND_UNKNOWN"));
    }

    @Test
    void goalIdsParseFromTheirTextAndRefuseAnythingElse() {
        assertThat(GoalId.of(ID.toString())).isEqualTo(ID);
        assertThatThrownBy(() -> GoalId.of("goal-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("GOAL_ID_MALFORMED"));
    }

    @Test
    void theAuditGradesLeadWhereTheRulesSay() {
        assertThat(AuditGrade.EXCELLENT.outcome()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(AuditGrade.GOOD.outcome()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(AuditGrade.MEDIUM.outcome()).isEqualTo(GoalStatus.RETURNED);
        assertThat(AuditGrade.POOR.outcome()).isEqualTo(GoalStatus.REJECTED);
    }
}
