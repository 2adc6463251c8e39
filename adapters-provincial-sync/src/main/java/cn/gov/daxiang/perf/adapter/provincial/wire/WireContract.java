package cn.gov.daxiang.perf.adapter.provincial.wire;

/** The constants of the wire contract, version 1 (docs/provincial-api.md). */
public final class WireContract {

    /** The contract version this adapter writes; it reads any 1.x. */
    public static final String VERSION = "1.0";
    public static final String MAJOR = "1";
    /** Base path under the platform's URL; {mof_div_code} is the district's 财政区划代码. */
    public static final String BASE_PATH = "/exchange/v1/divisions/{mof_div_code}";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CONTRACT_VERSION_HEADER = "X-Contract-Version";
    /** The most changes one page may carry. */
    public static final int MAX_LIMIT = 500;

    private WireContract() {
    }
}
