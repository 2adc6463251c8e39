package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.Objects;

/**
 * One evaluator (评价人员) on an agency's roster: the user id their token carries, and the name finance shows. The
 * token's agency claim is what scopes an EVALUATOR; the roster is what finance manages and shows.
 */
public record AgencyEvaluator(ActorId userId, String name) {

    public static final int NAME_MAX_LENGTH = 100;

    public AgencyEvaluator {
        Objects.requireNonNull(userId, "userId");
        name = Texts.required("name", name, NAME_MAX_LENGTH);
    }

    public static AgencyEvaluator of(String userId, String name) {
        return new AgencyEvaluator(ActorId.of(userId), name);
    }
}
