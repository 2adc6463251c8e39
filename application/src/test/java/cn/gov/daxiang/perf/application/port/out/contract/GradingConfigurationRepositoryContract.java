package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link GradingConfigurationRepository} does: the shipped defaults, unique scheme ids, whole catalogs by revision. */
public abstract class GradingConfigurationRepositoryContract {

    protected abstract GradingConfigurationRepository configuration();

    protected void stored() {
    }

    private static GradeScheme trial(String name) {
        return GradeScheme.define(GradeSchemeId.of("trial-2031"), name, List.of(GradeBand.from("85", Grade.EXCELLENT), GradeBand.from("0", Grade.POOR)));
    }

    @Test
    void theShippedConfigurationIsTheDistrictsDefaultAtRevisionZero() {
        assertThat(configuration().gradeSchemeCatalog().catalog()).isEqualTo(GradeSchemeCatalog.districtDefault());
        assertThat(configuration().weightTemplateCatalog().catalog()).isEqualTo(WeightTemplateCatalog.districtDefault());
        assertThat(configuration().findSchemes()).extracting(s -> s.scheme().getId().value()).containsExactly("district-2024", "national");
    }

    @Test
    void aSchemeIdIsTakenOnceAndAStaleChangeOfTheSchemeIsRefused() {
        assertThat(configuration().addScheme(trial("试行"))).isZero();
        assertThat(configuration().updateScheme(trial("试行（修订）"), 0)).isEqualTo(1);
        stored();

        assertThat(configuration().findScheme(GradeSchemeId.of("trial-2031")).orElseThrow().scheme().getName()).isEqualTo("试行（修订）");
        assertThatThrownBy(() -> configuration().updateScheme(trial("再改"), 0)).isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> configuration().addScheme(trial("重复"))).isInstanceOfSatisfying(AlreadyExistsException.class,
                e -> assertThat(e.code()).isEqualTo("GRADE_SCHEME_ALREADY_EXISTS"));
    }

    @Test
    void aCatalogIsReplacedWholeFromItsRevisionAndReadsByYear() {
        configuration().addScheme(trial("试行"));
        long revision = configuration().gradeSchemeCatalog().revision();
        GradeSchemeCatalog changed = new GradeSchemeCatalog(List.of(
                new GradeSchemeCatalog.Entry(EvaluationType.SELF_EVALUATION, FiscalYear.of(2031), trial("试行")),
                new GradeSchemeCatalog.Entry(EvaluationType.SELF_EVALUATION, FiscalYear.of(2000), GradeScheme.national())));

        assertThat(configuration().replaceGradeSchemeCatalog(changed, revision)).isEqualTo(revision + 1);
        stored();

        assertThat(configuration().gradeSchemeCatalog().catalog().entries()).extracting(e -> e.effectiveFrom().value()).containsExactly(2000, 2031);
        assertThatThrownBy(() -> configuration().replaceGradeSchemeCatalog(changed, revision)).isInstanceOf(StaleRevisionException.class);
    }
}
