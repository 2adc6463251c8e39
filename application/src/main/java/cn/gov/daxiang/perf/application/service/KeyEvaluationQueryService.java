package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.keyevaluation.FindKeyEvaluationQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ListKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SummarizeKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reading key evaluations: one, a page, and the year's summary, each restricted to what the caller may see. */
@ApplicationScoped
@Transactional
public class KeyEvaluationQueryService implements FindKeyEvaluationQuery, ListKeyEvaluationsQuery, SummarizeKeyEvaluationsQuery {

    private final KeyEvaluationRepository evaluations;
    private final VisibleKeyEvaluations visible;
    private final KeyEvaluationObjects objects;
    private final KeyEvaluationReadModels readModels;

    @Inject
    public KeyEvaluationQueryService(KeyEvaluationRepository evaluations, VisibleKeyEvaluations visible, KeyEvaluationObjects objects,
                                     KeyEvaluationReadModels readModels) {
        this.evaluations = evaluations;
        this.visible = visible;
        this.objects = objects;
        this.readModels = readModels;
    }

    @Override
    public KeyEvaluationDetails findKeyEvaluation(Actor actor, KeyEvaluationId id) {
        KeyEvaluationRepository.Stored stored = visible.load(actor, id);
        return readModels.details(stored.evaluation(), stored.revision());
    }

    @Override
    public Page<KeyEvaluationDetails> listKeyEvaluations(Actor actor, KeyEvaluationCriteria criteria, Paging paging) {
        List<KeyEvaluationRepository.Stored> seen = evaluations.find(criteria).stream().filter(s -> visible.canSee(actor, s.evaluation())).toList();
        List<KeyEvaluationDetails> page = readModels.details(seen.stream().skip(paging.offset()).limit(paging.size()).toList());
        return Page.of(page, paging, seen.size());
    }

    @Override
    public KeyEvaluationSummary summarizeKeyEvaluations(Actor actor, FiscalYear fiscalYear) {
        List<KeyEvaluationRepository.Stored> seen = evaluations.find(new KeyEvaluationCriteria(fiscalYear, KeyEvaluationState.ACCEPTED, null, null))
                .stream().filter(s -> visible.canSee(actor, s.evaluation())).toList();
        // the named projects of every evaluation in one read, not one per evaluation
        var projects = objects.projectsOf(seen.stream().map(s -> s.evaluation().getObject()).toList());
        List<KeyEvaluationSummary.Covered> accepted = seen.stream()
                .map(s -> new KeyEvaluationSummary.Covered(s.evaluation(), objects.coveredMoney(s.evaluation().getObject(), projects)))
                .toList();
        return KeyEvaluationSummary.of(fiscalYear, accepted);
    }
}
