package cn.gov.daxiang.perf.application.port.in.arrangement;

import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.Project;

import java.util.Optional;

/**
 * A project's budget arrangement as finance sees it: the arrangement (null when nothing is arranged yet) with its
 * revision, the classification in effect (the arrangement's, else the default for the category), and the project's
 * assessment standing, which gives the cap.
 */
public record BudgetArrangementView(Project project, BudgetArrangement arrangement, long revision, BudgetClassification classification,
                                    AssessmentStanding standing) {

    public Optional<BudgetArrangement> arrangementIfAny() {
        return Optional.ofNullable(arrangement);
    }
}
