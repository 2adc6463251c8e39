package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.framework.FrameworkWarning;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.keyevaluation.AssignedFramework;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.RecordedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key evaluation as a caller reads it: the aggregate at its revision, the money it covers computed now from the
 * objects' projects (元), the agency's name and the names of the object's projects and department.
 *
 * @param agencyName     null before commissioning
 * @param projectNames   the object's projects found (a department's are not listed)
 * @param departmentName the department's name for a department object, else null
 */
public record KeyEvaluationDetails(KeyEvaluation evaluation, long revision, Money coveredMoney, String agencyName,
                                   Map<ProjectCode, String> projectNames, String departmentName) {

    public KeyEvaluationDetails {
        projectNames = projectNames == null ? Map.of() : Map.copyOf(projectNames);
    }

    /** The warnings of the evaluation's indicators (产出 + 效益 below 60), none before a framework is set. */
    public List<FrameworkWarning> warnings() {
        return evaluation.getFramework().map(AssignedFramework::warnings).orElse(List.of());
    }

    /** The indicator table with points, scores and notes, in tree order; empty before a framework is set. */
    public List<ScoredIndicator> indicatorRows() {
        Optional<AssignedFramework> framework = evaluation.getFramework();
        if (framework.isEmpty()) {
            return List.of();
        }
        List<ScoredIndicator> rows = new ArrayList<>();
        for (IndicatorNode one : framework.get().indicators().level1()) {
            int at = rows.size();
            BigDecimal oneScore = null;
            List<ScoredIndicator> below = new ArrayList<>();
            for (IndicatorNode two : one.children()) {
                BigDecimal twoScore = null;
                List<ScoredIndicator> leaves = new ArrayList<>();
                for (IndicatorNode three : two.children()) {
                    Optional<RecordedScore> scored = evaluation.scoreOf(three.code());
                    leaves.add(ScoredIndicator.leaf(three.code(), two.code(), three.name(), three.points(), three.guidance(),
                            scored.map(RecordedScore::score).orElse(null), scored.map(RecordedScore::note).orElse(null)));
                    if (scored.isPresent()) {
                        twoScore = (twoScore == null ? BigDecimal.ZERO : twoScore).add(scored.get().score().value());
                    }
                }
                below.add(new ScoredIndicator(2, two.code(), one.code(), two.name(), two.points(), two.guidance(), twoScore, null));
                below.addAll(leaves);
                if (twoScore != null) {
                    oneScore = (oneScore == null ? BigDecimal.ZERO : oneScore).add(twoScore);
                }
            }
            rows.add(at, new ScoredIndicator(1, one.code(), null, one.name(), one.points(), one.guidance(), oneScore, null));
            rows.addAll(below);
        }
        return rows;
    }
}
