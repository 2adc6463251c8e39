package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.details;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.template;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.templateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indicator library: templates, searching them, and each unit's indicator system. */
class IndicatorTemplateTest {

    private final IndicatorTemplate enrolment = template(1, "教育", "OUTPUT", "QUANTITY", "学前教育毛入园率", "%",
            Comparator.AT_LEAST, "幼儿园", "入园");
    private final IndicatorTemplate satisfaction = template(2, TemplateDetails.GENERAL, "SATISFACTION",
            "BENEFICIARY_SATISFACTION", "服务对象满意度", "%", Comparator.AT_LEAST);

    @Test
    void aNewTemplateIsActiveAndItsLevelsMustExist() {
        assertThat(enrolment.isActive()).isTrue();
        assertThat(enrolment.getIndustry()).isEqualTo("教育");
        assertThat(enrolment.getTypicalComparator()).contains(Comparator.AT_LEAST);
        assertThatThrownBy(() -> template(3, "教育", "OUTPUT", "SOCIAL", "入园人数", "人", Comparator.AT_LEAST))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_CATEGORY_UNKNOWN"));
    }

    @Test
    void aTemplateNeedsAnIndustryAndAQualitativeOneHasNoComparator() {
        assertThatThrownBy(() -> details(" ", "OUTPUT", "QUANTITY", "入园人数", ValueType.QUANTITATIVE, "人", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("industry"));
        assertThatThrownBy(() -> details("教育", "BENEFIT", "SOCIAL", "办学条件", ValueType.QUALITATIVE, null, Comparator.AT_LEAST))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("QUALITATIVE_INDICATOR_WITH_NUMERIC_TARGET"));
    }

    @Test
    void keywordsAreTrimmedWithoutBlanksOrRepeatsAndLimitedInNumber() {
        TemplateDetails d = details("教育", "OUTPUT", "QUANTITY", "入园人数", ValueType.QUANTITATIVE, "人", null,
                " 幼儿园 ", "", "幼儿园", "学前");
        assertThat(d.keywords()).containsExactly("幼儿园", "学前");
        String[] many = new String[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = "词" + i;
        }
        assertThatThrownBy(() -> details("教育", "OUTPUT", "QUANTITY", "入园人数", ValueType.QUANTITATIVE, "人", null, many))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_TOO_MANY_KEYWORDS"));
    }

    @Test
    void financeEditsAndDeactivatesTemplates() {
        enrolment.edit(details("教育", "OUTPUT", "QUALITY", "学前教育毛入园率", ValueType.QUANTITATIVE, "%", Comparator.AT_LEAST), TAXONOMY);
        assertThat(enrolment.getLevel2()).isEqualTo("QUALITY");

        assertThatThrownBy(() -> enrolment.edit(details("教育", "OUTPUT", "SOCIAL", "x", ValueType.QUANTITATIVE, null, null), TAXONOMY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(enrolment.getLevel2()).isEqualTo("QUALITY");

        enrolment.deactivate();
        enrolment.deactivate();
        assertThat(enrolment.isActive()).isFalse();
        enrolment.activate();
        assertThat(enrolment.isActive()).isTrue();
    }

    @Test
    void aTemplateProposesAnIndicatorWithItsTypicalUnitAndComparatorButNoTarget() {
        IndicatorProposal proposal = enrolment.toProposal();
        Indicator indicator = proposal.toIndicator(new IndicatorId(new java.util.UUID(0L, 5L)));
        assertThat(indicator.name()).isEqualTo("学前教育毛入园率");
        assertThat(indicator.unitOfMeasure()).isEqualTo("%");
        assertThat(indicator.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(indicator.targetValue()).isNull();
    }

    @Test
    void aRestoredTemplateKeepsItsState() {
        IndicatorTemplate restored = IndicatorTemplate.restore(enrolment.getId(), enrolment.getDetails(), false);
        assertThat(restored.isActive()).isFalse();
        assertThat(restored.getDetails()).isEqualTo(enrolment.getDetails());
    }

    @Test
    void searchCriteriaMatchKeywordInNameExplanationOrKeywordsAndExactCodesAndIndustry() {
        IndicatorTemplate explained = IndicatorTemplate.create(templateId(4), new TemplateDetails("卫生健康", "OUTPUT",
                "QUALITY", "Pharmacy Stock Accuracy", ValueType.QUANTITATIVE, "%", Comparator.AT_LEAST,
                "药品库存账实相符率", List.of()), TAXONOMY);

        assertThat(new TemplateSearchCriteria("入园", null, null, null, null).matches(enrolment)).as("name").isTrue();
        assertThat(new TemplateSearchCriteria("幼儿园", null, null, null, null).matches(enrolment)).as("keyword").isTrue();
        assertThat(new TemplateSearchCriteria("账实", null, null, null, null).matches(explained)).as("explanation").isTrue();
        assertThat(new TemplateSearchCriteria("stock", null, null, null, null).matches(explained)).as("ignoring case").isTrue();
        assertThat(new TemplateSearchCriteria("满意", null, null, null, null).matches(enrolment)).isFalse();
        assertThat(new TemplateSearchCriteria(null, "output", "quantity", "教育", true).matches(enrolment)).isTrue();
        assertThat(new TemplateSearchCriteria(null, "BENEFIT", null, null, null).matches(enrolment)).isFalse();
        assertThat(new TemplateSearchCriteria(null, null, "QUALITY", null, null).matches(enrolment)).isFalse();
        assertThat(new TemplateSearchCriteria(null, null, null, "卫生健康", null).matches(enrolment)).isFalse();
        assertThat(new TemplateSearchCriteria(null, null, null, "教育", null).matches(satisfaction))
                .as("general templates are not added to an industry search").isFalse();
        assertThat(TemplateSearchCriteria.any().matches(satisfaction)).isTrue();
    }

    @Test
    void unitsSeeOnlyActiveTemplates() {
        satisfaction.deactivate();
        assertThat(TemplateSearchCriteria.activeOnly().matches(satisfaction)).isFalse();
        assertThat(TemplateSearchCriteria.activeOnly().matches(enrolment)).isTrue();
        assertThat(new TemplateSearchCriteria(" ", " ", null, "", false).matches(satisfaction)).isTrue();
    }

    @Test
    void aUnitsIndicatorSystemHoldsEachActiveTemplateOnceInTheOrderChosen() {
        UnitIndicatorSystem system = UnitIndicatorSystem.empty(UnitCode.of("105001"));
        system.add(satisfaction);
        system.add(enrolment);
        assertThat(system.getTemplateIds()).containsExactly(satisfaction.getId(), enrolment.getId());
        assertThat(system.contains(enrolment.getId())).isTrue();

        assertThatThrownBy(() -> system.add(enrolment))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_ALREADY_CHOSEN"));
        IndicatorTemplate retired = template(5, "教育", "OUTPUT", "QUANTITY", "校舍维修面积", "平方米", Comparator.AT_LEAST);
        retired.deactivate();
        assertThatThrownBy(() -> system.add(retired))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_INACTIVE"));

        system.remove(satisfaction.getId());
        assertThat(system.getTemplateIds()).containsExactly(enrolment.getId());
        assertThatThrownBy(() -> system.remove(satisfaction.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_NOT_CHOSEN"));
        assertThat(UnitIndicatorSystem.restore(UnitCode.of("105001"), List.of(enrolment.getId())).getTemplateIds())
                .isEqualTo(system.getTemplateIds());
        assertThat(UnitIndicatorSystem.restore(UnitCode.of("105001"), Collections.emptyList()).getTemplateIds()).isEmpty();
    }

    @Test
    void aUnitsIndicatorSystemHoldsAtMostFiveHundredTemplates() {
        List<TemplateId> chosen = java.util.stream.IntStream.range(0, UnitIndicatorSystem.MAX_TEMPLATES - 1)
                .mapToObj(i -> templateId(1000 + i)).toList();
        UnitIndicatorSystem system = UnitIndicatorSystem.restore(UnitCode.of("105001"), chosen);
        system.add(enrolment);
        assertThat(system.getTemplateIds()).hasSize(UnitIndicatorSystem.MAX_TEMPLATES);
        assertThatThrownBy(() -> system.add(satisfaction))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_SYSTEM_FULL");
                    assertThat(e.arguments()).containsEntry("max", 500);
                });
        assertThatThrownBy(() -> system.add(enrolment)).as("a template already chosen is named as such, not as a full system")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_ALREADY_CHOSEN"));
        assertThat(system.getTemplateIds()).hasSize(UnitIndicatorSystem.MAX_TEMPLATES);
    }

    @Test
    void templateIdsParse() {
        assertThat(TemplateId.of(templateId(1).toString())).isEqualTo(templateId(1));
        assertThatThrownBy(() -> TemplateId.of("t-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_ID_MALFORMED"));
    }
}
