package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a project stands with its ex-ante assessments: the latest concluded one (it supersedes earlier ones and is
 * the one that counts) and the open one, if any. Ids and values only, so that budget arrangements and readiness
 * checks can hold it.
 *
 * @param latestConcluded the latest concluded assessment, or null
 * @param open            the assessment in progress, or null
 */
public record AssessmentStanding(Concluded latestConcluded, Open open) {

    /** A concluded assessment: its id, conclusion and assessed amount (null when NOT_SUPPORTED). */
    public record Concluded(PreAssessmentId id, AssessmentConclusion conclusion, Money assessedAmount, Instant concludedAt) {

        public Concluded {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(conclusion, "conclusion");
        }

        public boolean supports() {
            return conclusion.supports();
        }
    }

    /** An assessment still in progress. */
    public record Open(PreAssessmentId id, PreAssessmentState state) {
    }

    public static AssessmentStanding none() {
        return new AssessmentStanding(null, null);
    }

    /** The standing of one project's assessments (any order). The latest concluded is the one concluded last. */
    public static AssessmentStanding of(Collection<PreAssessment> assessmentsOfOneProject) {
        Concluded concluded = assessmentsOfOneProject.stream().filter(a -> !a.isOpen())
                .max(Comparator.comparing((PreAssessment a) -> a.getConcludedAt().orElse(Instant.MIN)))
                .map(a -> new Concluded(a.getId(), a.getConclusion().orElseThrow(), a.getAssessedAmount().orElse(null),
                        a.getConcludedAt().orElse(null)))
                .orElse(null);
        Open open = assessmentsOfOneProject.stream().filter(PreAssessment::isOpen).findFirst()
                .map(a -> new Open(a.getId(), a.getState())).orElse(null);
        return new AssessmentStanding(concluded, open);
    }

    public Optional<Concluded> latestConcludedIfAny() {
        return Optional.ofNullable(latestConcluded);
    }

    public Optional<Open> openIfAny() {
        return Optional.ofNullable(open);
    }

    /** The latest concluded assessment when it supports the project: the cap a budget arrangement must keep within. */
    public Optional<Concluded> supporting() {
        return latestConcludedIfAny().filter(Concluded::supports);
    }
}
