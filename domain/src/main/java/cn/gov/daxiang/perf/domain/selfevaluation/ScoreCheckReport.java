package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recomputation of a year's graded self-evaluations from their stored entries: how many were checked,
 * which recorded results differ from what the rules give, the sum and the average of the recomputed totals,
 * the grades they earn (best first), and a digest of every recomputed result (id, total, grade, scheme, sorted by id), so
 * that two runs over the same data can be compared at a glance.
 */
public record ScoreCheckReport(FiscalYear fiscalYear, int checked, List<SelfEvaluation.ResultCheck> mismatches,
                               BigDecimal totalOfScores, Map<Grade, Integer> grades, String digest) {

    public ScoreCheckReport {
        mismatches = List.copyOf(mismatches);
        Map<Grade, Integer> ordered = new EnumMap<>(Grade.class);
        ordered.putAll(grades);
        grades = java.util.Collections.unmodifiableMap(ordered);
    }

    public static ScoreCheckReport of(FiscalYear fiscalYear, List<SelfEvaluation.ResultCheck> checks) {
        List<SelfEvaluation.ResultCheck> sorted = checks.stream()
                .sorted(Comparator.comparing(c -> c.evaluationId().value().toString())).toList();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (SelfEvaluation.ResultCheck check : sorted) {
            total = total.add(check.recomputed().score().value());
            grades.merge(check.recomputed().grade(), 1, Integer::sum);
            sha.update((check.evaluationId() + " " + check.recomputed().score() + " " + check.recomputed().grade() + " "
                    + check.recomputed().schemeId() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new ScoreCheckReport(fiscalYear, sorted.size(), sorted.stream().filter(c -> !c.matches()).toList(), total,
                grades, HexFormat.of().formatHex(sha.digest()));
    }

    /** The average recomputed total, two decimals HALF_UP (as the work report's 88.37); empty when nothing was checked. */
    public Optional<Score> averageScore() {
        return checked == 0 ? Optional.empty()
                : Optional.of(Score.roundedHalfUp(totalOfScores.divide(BigDecimal.valueOf(checked), 10, java.math.RoundingMode.HALF_UP)));
    }
}
