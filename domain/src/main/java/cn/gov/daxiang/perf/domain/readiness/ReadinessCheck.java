package cn.gov.daxiang.perf.domain.readiness;

/**
 * One precondition (前置条件) a project must meet before it enters the project library or next year's
 * budget. Each check reads only the facts it needs; adding a check means adding a class and a fact,
 * never changing the callers of {@link ProjectReadiness}.
 */
public interface ReadinessCheck {

    /** The check's stable code, also the key of its title in the message bundles. */
    String code();

    ReadinessCheckResult check(ProjectReadinessFacts facts);
}
