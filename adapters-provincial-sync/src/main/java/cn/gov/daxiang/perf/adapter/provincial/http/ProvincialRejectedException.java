package cn.gov.daxiang.perf.adapter.provincial.http;

/** The province answered 4xx: it refuses the request as such, so repeating it will not help (no retry). */
public class ProvincialRejectedException extends RuntimeException {

    private final int status;

    public ProvincialRejectedException(int status, String body) {
        super("the provincial platform refused the request with " + status + ": " + abbreviate(body));
        this.status = status;
    }

    public int status() {
        return status;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 500 ? body : body.substring(0, 499) + "…";
    }
}
