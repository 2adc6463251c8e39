package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.details;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.template;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.templateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What library templates and unit indicator systems record, under the audit trail's names for it. */
class IndicatorLibraryEventsTest {

    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");

    private static IndicatorTemplate pupils() {
        return template(1, "教育", "OUTPUT", "QUANTITY", "在园幼儿数", "人", Comparator.AT_LEAST, "学前教育");
    }

    @Test
    void aNewTemplateRecordsItsAdditionAsACreation() {
        IndicatorTemplate template = pupils();

        assertThat(template.pullEvents()).singleElement().isEqualTo(new IndicatorTemplateAdded(templateId(1)))
                .satisfies(e -> assertThat(e.action()).isEqualTo("create"));
        assertThat(IndicatorTemplate.restore(templateId(2), template.getDetails(), true).pullEvents()).isEmpty();
    }

    @Test
    void anEditIsTheTransitionUpdateAndARefusedEditRecordsNothing() {
        IndicatorTemplate template = pupils();
        template.pullEvents();

        assertThatThrownBy(() -> template.edit(details("教育", "OUTPUT", "NO_SUCH_LEVEL", "x", ValueType.QUANTITATIVE, "人",
                Comparator.AT_LEAST), TAXONOMY)).isInstanceOf(DomainException.class);
        assertThat(template.pullEvents()).isEmpty();

        template.edit(details("教育", "OUTPUT", "QUANTITY", "在园幼儿人数", ValueType.QUANTITATIVE, "人", Comparator.AT_LEAST), TAXONOMY);
        assertThat(template.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e).isEqualTo(new IndicatorTemplateEdited(templateId(1)));
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.auditedAsTransition()).isTrue();
        });
    }

    @Test
    void takingATemplateOutOfUseAndBackIsRecordedEachTime() {
        IndicatorTemplate template = pupils();
        template.pullEvents();

        template.deactivate();
        template.activate();

        assertThat(template.pullEvents()).extracting(e -> e.action()).containsExactly("deactivate", "activate");
    }

    @Test
    void choosingAndDroppingTemplatesAreTheUpdateOfTheUnitsSystemSnapshotAsTheIdsInOrder() {
        UnitIndicatorSystem system = UnitIndicatorSystem.empty(KINDERGARTEN);
        IndicatorTemplate first = pupils();
        IndicatorTemplate second = template(2, "教育", "OUTPUT", "QUALITY", "保教质量达标率", "%", Comparator.AT_LEAST);

        system.add(first);
        system.add(second);
        system.remove(first.getId());

        assertThat(system.pullEvents()).containsExactly(new UnitIndicatorSystemChanged(KINDERGARTEN, templateId(1), true),
                new UnitIndicatorSystemChanged(KINDERGARTEN, templateId(2), true),
                new UnitIndicatorSystemChanged(KINDERGARTEN, templateId(1), false));
        assertThat(new UnitIndicatorSystemChanged(KINDERGARTEN, templateId(1), true).auditedAsTransition()).isTrue();
        assertThat(system.auditSnapshot()).isEqualTo(new AuditSnapshot("unit-indicator-system", "105002",
                Map.of("templates", templateId(2).toString())));
        assertThat(UnitIndicatorSystem.restore(KINDERGARTEN, List.of()).auditSnapshot().fields()).containsEntry("templates", "");
    }

    @Test
    void aRefusedChoiceRecordsNothing() {
        UnitIndicatorSystem system = UnitIndicatorSystem.empty(KINDERGARTEN);
        IndicatorTemplate inactive = pupils();
        inactive.deactivate();

        assertThatThrownBy(() -> system.add(inactive)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> system.remove(templateId(7))).isInstanceOf(RuleViolationException.class);

        assertThat(system.pullEvents()).isEmpty();
    }
}
