package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;

import java.util.List;

/** The finance bureau's review with an audit grade: 优 passes, 良 passes after consultation, 中 returns, 差 rejects. */
public interface ReviewGoalByFinanceUseCase {

    GoalDetails reviewGoalByFinance(Actor actor, GoalId id, long revision, AuditGrade grade, String consultationNote,
                                    List<ReturnReason> reasons);
}
