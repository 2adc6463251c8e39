package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.framework.FindEvaluationFrameworksQuery;
import cn.gov.daxiang.perf.application.port.in.framework.PublishEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.framework.PublishFrameworkCommand;
import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkAccessPolicy;
import cn.gov.daxiang.perf.domain.framework.FrameworkNotFoundException;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.review.ActorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Evaluation frameworks as versioned reference data: everybody reads them, finance administration publishes versions. */
@ApplicationScoped
@Transactional
public class EvaluationFrameworkService implements PublishEvaluationFrameworkUseCase, FindEvaluationFrameworksQuery {

    private final EvaluationFrameworkRepository frameworks;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public EvaluationFrameworkService(EvaluationFrameworkRepository frameworks, ChangePipeline pipeline, Clock clock) {
        this.frameworks = frameworks;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public EvaluationFramework publishFramework(Actor actor, PublishFrameworkCommand command) {
        FrameworkAccessPolicy.requirePublisher(actor, "publish-evaluation-framework");
        EvaluationFramework previous = frameworks.findLatest(command.code()).orElse(null);
        EvaluationFramework published = EvaluationFramework.publish(command.code(), previous, command.name(), command.objectKind(),
                command.indicators(), command.resultGroups(), ActorId.of(actor.userId()), clock.instant());
        pipeline.create(actor, published, framework -> {
            frameworks.add(framework);
            return 0L;
        });
        return published;
    }

    @Override
    public List<EvaluationFramework> listFrameworks(Actor actor) {
        return frameworks.findAll();
    }

    @Override
    public EvaluationFramework findFramework(Actor actor, FrameworkReference reference) {
        return frameworks.find(reference).orElseThrow(() -> new FrameworkNotFoundException(reference.code(), reference.version()));
    }
}
