package cn.gov.daxiang.perf.adapter.rest.shared;

import java.util.Map;

/**
 * A route whose bodies may be larger (or must be smaller) than the general limit {@code perf.http.max-body-size}, with
 * the problem a declared oversized body gets there. CDI beans of this type are asked by the payload-size check in
 * route order; {@code quarkus.http.limits.max-body-size} (the HTTP layer's own limit, for bodies sent without a
 * length) must be at least the largest of them, which the check verifies at start.
 */
public interface RouteBodyLimit {

    boolean appliesTo(String method, String path);

    /** The most bytes a body of the route may declare. */
    long limit();

    /** The problem code of a refusal, with its message arguments. */
    String code();

    Map<String, Object> arguments();
}
