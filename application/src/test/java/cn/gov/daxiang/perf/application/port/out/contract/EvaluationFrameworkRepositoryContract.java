package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link EvaluationFrameworkRepository} does: the defaults are there as the domain defines them; versions are kept apart. */
public abstract class EvaluationFrameworkRepositoryContract {

    protected abstract EvaluationFrameworkRepository frameworks();

    protected void stored() {
    }

    private static final FrameworkCode CONTRACT = FrameworkCode.of("CONTRACT_FRAMEWORK");

    static void assertSame(EvaluationFramework actual, EvaluationFramework expected) {
        assertThat(actual.getReference()).isEqualTo(expected.getReference());
        assertThat(actual.getName()).isEqualTo(expected.getName());
        assertThat(actual.getObjectKind()).isEqualTo(expected.getObjectKind());
        assertThat(actual.getIndicators()).isEqualTo(expected.getIndicators());
        assertThat(actual.getResultGroups()).isEqualTo(expected.getResultGroups());
        assertThat(actual.getPublishedBy()).isEqualTo(expected.getPublishedBy());
        assertThat(actual.getPublishedAt()).isEqualTo(expected.getPublishedAt());
    }

    @Test
    void theThreeDefaultsAreStoredExactlyAsTheDomainDefinesThem() {
        for (EvaluationFramework expected : DefaultFrameworks.all()) {
            assertSame(frameworks().find(expected.getReference()).orElseThrow(), expected);
        }
        assertThat(frameworks().findAll()).extracting(EvaluationFramework::getReference)
                .contains(new FrameworkReference(DefaultFrameworks.NATIONAL_PROJECT, 1), new FrameworkReference(DefaultFrameworks.DISTRICT_PROJECT, 1),
                        new FrameworkReference(DefaultFrameworks.DEPARTMENT_OVERALL, 1));
    }

    @Test
    void aNewVersionIsStoredBesideTheOldOneWhichStaysAsItWas() {
        EvaluationFramework base = DefaultFrameworks.nationalProject();
        EvaluationFramework v1 = EvaluationFramework.publish(CONTRACT, null, "契约测试指标体系", base.getObjectKind(), base.getIndicators(),
                base.getResultGroups(), ActorId.of("finance-admin"), Instant.parse("2031-01-01T00:00:00Z"));
        frameworks().add(v1);
        EvaluationFramework v2 = EvaluationFramework.publish(CONTRACT, v1, "契约测试指标体系（二）", base.getObjectKind(),
                base.getIndicators().withPoints(Map.of("A11", new BigDecimal("1.5"), "D12", new BigDecimal("10.5"))), base.getResultGroups(),
                ActorId.of("finance-admin"), Instant.parse("2031-02-01T00:00:00Z"));
        frameworks().add(v2);
        stored();

        assertSame(frameworks().find(new FrameworkReference(CONTRACT, 1)).orElseThrow(), v1);
        assertSame(frameworks().find(new FrameworkReference(CONTRACT, 2)).orElseThrow(), v2);
        assertThat(frameworks().findLatest(CONTRACT).orElseThrow().getVersion()).isEqualTo(2);
        assertThat(frameworks().findLatest(FrameworkCode.of("NO_SUCH_FRAMEWORK"))).isEmpty();
        assertThatThrownBy(() -> frameworks().add(v2)).isInstanceOf(AlreadyExistsException.class);
    }
}
