package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;

import java.util.List;

/** Finance administration publishes the next version, made from {@code expectedVersion} (stale otherwise). */
public interface PublishAllocationPolicyUseCase {

    AllocationPolicy publishAllocationPolicy(Actor actor, int expectedVersion, List<EvaluationType> precedence, List<AllocationRule> rules);
}
