package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.scoring.Score;

import java.math.BigDecimal;

/**
 * One row of an evaluation's indicator table (评价得分表), in tree order: level 1, its level 2s, their level 3s. Level-1
 * and level-2 rows carry the sum of their scored children (null while none is scored); level-3 rows their own score
 * and note (null until scored).
 *
 * @param parentCode null for level 1
 */
public record ScoredIndicator(int level, String code, String parentCode, String name, BigDecimal points, String guidance,
                             BigDecimal score, String note) {

    public static ScoredIndicator leaf(String code, String parentCode, String name, BigDecimal points, String guidance, Score score, String note) {
        return new ScoredIndicator(3, code, parentCode, name, points, guidance, score == null ? null : score.value(), note);
    }
}
