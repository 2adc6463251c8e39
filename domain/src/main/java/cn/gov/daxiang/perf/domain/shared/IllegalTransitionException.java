package cn.gov.daxiang.perf.domain.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action that the object's current state does not allow (maps to 409 Conflict). It names the
 * state, the refused action and the actions that are allowed now, so that a client can tell the
 * user what to do instead.
 */
public class IllegalTransitionException extends DomainException {

    private final String state;
    private final String action;
    private final List<String> allowed;

    public IllegalTransitionException(String code, Enum<?> state, Enum<?> action, List<? extends Enum<?>> allowed) {
        this(code, state.name(), action.name(), allowed.stream().map(Enum::name).toList());
    }

    public IllegalTransitionException(String code, String state, String action, List<String> allowed) {
        super(code, arguments(state, action, allowed));
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    /** The state that refused the action. */
    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    /** The actions the current state allows, possibly none (a final state). */
    public List<String> allowed() {
        return allowed;
    }

    /** In a fixed order (state, action, allowed), so messages and logs read the same every time. */
    private static Map<String, Object> arguments(String state, String action, List<String> allowed) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("state", state);
        arguments.put("action", action);
        arguments.put("allowed", List.copyOf(allowed));
        return arguments;
    }
}
