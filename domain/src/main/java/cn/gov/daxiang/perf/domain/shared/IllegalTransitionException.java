package cn.gov.daxiang.perf.domain.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action the object's current state does not allow (submitting twice, approving a draft). It names
 * the state, the refused action and the actions the state does allow, so a client can offer those.
 */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String code, String state, String action, List<String> allowed) {
        super(code, arguments(state, action, allowed));
    }

    private static Map<String, Object> arguments(String state, String action, List<String> allowed) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("state", state);
        arguments.put("action", action);
        arguments.put("allowed", List.copyOf(allowed));
        return arguments;
    }
}
