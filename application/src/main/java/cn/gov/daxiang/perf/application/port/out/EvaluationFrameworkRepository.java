package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;

import java.util.List;
import java.util.Optional;

/** Published evaluation framework versions. A version is stored once and never changed. */
public interface EvaluationFrameworkRepository {

    /** Every version of every framework, by code then version. */
    List<EvaluationFramework> findAll();

    Optional<EvaluationFramework> find(FrameworkReference reference);

    /** The highest version of a code, if any was published. */
    Optional<EvaluationFramework> findLatest(FrameworkCode code);

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException when the version exists (two publishers at once) */
    void add(EvaluationFramework framework);
}
