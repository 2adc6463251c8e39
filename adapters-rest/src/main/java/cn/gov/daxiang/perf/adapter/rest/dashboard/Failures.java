package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;

/**
 * A refusal as a page: the same status the API answers for the same refusal, and the same sentence (the problem
 * messages' bundles), so that a person reads what a program would.
 */
final class Failures {

    private Failures() {
    }

    static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof InvalidValueException) {
            return 400;
        }
        return 422;
    }

    static String explain(DomainException e, Texts t, ProblemMessages messages) {
        if (messages.has(e.code(), t.language().locale())) {
            return messages.detail(e.code(), e.arguments(), t.language().locale());
        }
        return e.getMessage();
    }
}
