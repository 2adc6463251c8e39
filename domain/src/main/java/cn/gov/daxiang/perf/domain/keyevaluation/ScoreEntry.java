package cn.gov.daxiang.perf.domain.keyevaluation;

import java.math.BigDecimal;

/**
 * One line of an evaluator's score sheet as handed in (a REST body or a row of the 评价得分表): a level-3 indicator's
 * code, the score given and the note explaining it. Unchecked: {@link KeyEvaluation#score} checks a whole sheet at
 * once and names every bad line.
 */
public record ScoreEntry(String indicatorCode, BigDecimal score, String note) {
}
