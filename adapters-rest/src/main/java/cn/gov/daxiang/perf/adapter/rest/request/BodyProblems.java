package cn.gov.daxiang.perf.adapter.rest.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was wrong with one request body, collected while Jackson reads it, so that the answer names every unknown
 * field and every value that does not fit, not only the first. {@link RequestBodyInterceptor} opens a collection
 * around each read; reads outside a request (files, the provincial exchange) have none and keep Jackson's behaviour.
 */
public final class BodyProblems {

    /** One refused field: its path into the body ({@code content.indicators[2].comparator}), a code, its arguments. */
    public record Problem(String field, String code, Map<String, Object> arguments) {
    }

    private static final ThreadLocal<BodyProblems> CURRENT = new ThreadLocal<>();

    private final List<Problem> problems = new ArrayList<>();

    private BodyProblems() {
    }

    /** Starts collecting for the read this thread is about to make; {@link #close()} ends it. */
    static BodyProblems open() {
        BodyProblems collection = new BodyProblems();
        CURRENT.set(collection);
        return collection;
    }

    void close() {
        CURRENT.remove();
    }

    /** The collection of the read under way on this thread, if a request body is being read. */
    static Optional<BodyProblems> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    void add(String field, String code, Map<String, Object> arguments) {
        problems.add(new Problem(field, code, arguments));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The path of the value the parser is at, in the notation of our violations: {@code a.b[2].c}. For an unknown
     * property the parser stands on its name, which is the last segment.
     */
    static String path(JsonParser parser) {
        Deque<String> segments = new ArrayDeque<>();
        JsonStreamContext innermost = parser.getParsingContext();
        for (JsonStreamContext c = innermost; c != null && !c.inRoot(); c = c.getParent()) {
            boolean onTheArrayItself = c == innermost && parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY;
            if (c.inArray() && !onTheArrayItself) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
