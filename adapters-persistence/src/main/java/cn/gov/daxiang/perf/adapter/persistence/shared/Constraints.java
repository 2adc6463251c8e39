package cn.gov.daxiang.perf.adapter.persistence.shared;

import org.hibernate.exception.ConstraintViolationException;

/** What a failed flush was about. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the failure is a violation of the named constraint (batched inserts name it only in the message). */
    public static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && (constraint.equalsIgnoreCase(violation.getConstraintName())
                    || String.valueOf(violation.getMessage()).toLowerCase().contains(constraint))) {
                return true;
            }
        }
        return false;
    }
}
