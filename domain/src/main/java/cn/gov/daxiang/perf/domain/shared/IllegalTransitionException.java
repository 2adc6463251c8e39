package cn.gov.daxiang.perf.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * An action that the object's current state does not allow (maps to 409 Conflict). It names the
 * state, the refused action and the actions that are allowed now, so that a client can tell the
 * user what to do instead.
 */
public class IllegalTransitionException extends DomainException {

    private final String current;
    private final String action;
    private final List<String> allowed;

    public IllegalTransitionException(String code, Enum<?> current, Enum<?> action, List<? extends Enum<?>> allowed) {
        this(code, current.name(), action.name(), allowed.stream().map(Enum::name).toList());
    }

    public IllegalTransitionException(String code, String current, String action, List<String> allowed) {
        super(code, Map.of("current", current, "action", action, "allowed", List.copyOf(allowed)));
        this.current = current;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public String current() {
        return current;
    }

    public String action() {
        return action;
    }

    /** The actions the current state allows, possibly none (a final state). */
    public List<String> allowed() {
        return allowed;
    }
}
