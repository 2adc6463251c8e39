package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rectification items an accepted key evaluation's findings give: one per finding that proposes a rectification,
 * to the unit it names, by the deadline acceptance fixed (the proposed one, or acceptance day + the configured days),
 * with the finding's text. Findings already issued are skipped, so issuing twice never makes a second item.
 *
 * <p>The project of an item: the evaluated project; for a special fund, the fund's one project of the responsible unit
 * (none when the unit has several or none there); none for a department's overall spending.
 */
public final class FindingRectifications {

    private FindingRectifications() {
    }

    /**
     * @param alreadyIssued the finding positions that already have their item
     * @param ownerOf       the unit of a project (for a special fund's projects)
     */
    public static List<Rectification> issue(KeyEvaluation evaluation, Set<Integer> alreadyIssued,
                                            Function<ProjectCode, Optional<UnitCode>> ownerOf, ActorId by, Instant at) {
        if (evaluation.getState() != KeyEvaluationState.ACCEPTED) {
            return List.of();
        }
        List<Rectification> issued = new ArrayList<>();
        List<Finding> findings = evaluation.getFindings();
        for (int index = 0; index < findings.size(); index++) {
            Finding finding = findings.get(index);
            Optional<ProposedRectification> proposed = finding.proposedRectification();
            if (proposed.isEmpty() || alreadyIssued.contains(index) || proposed.get().deadline() == null) {
                continue;
            }
            UnitCode unit = proposed.get().responsibleUnit();
            issued.add(Rectification.issue(RectificationId.newId(), RectificationSource.finding(evaluation.getId().value(), index),
                    evaluation.getFiscalYear(), projectOf(evaluation.getObject(), unit, ownerOf), unit, finding.text(),
                    proposed.get().deadline(), by, at, null));
        }
        return issued;
    }

    static ProjectCode projectOf(EvaluationObject object, UnitCode unit, Function<ProjectCode, Optional<UnitCode>> ownerOf) {
        if (object instanceof EvaluationObject.OfProject project) {
            return project.project();
        }
        if (object instanceof EvaluationObject.OfSpecialFund fund) {
            List<ProjectCode> own = fund.projects().stream().filter(p -> ownerOf.apply(p).filter(unit::equals).isPresent()).toList();
            return own.size() == 1 ? own.get(0) : null;
        }
        return null;
    }
}
