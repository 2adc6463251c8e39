package cn.gov.daxiang.perf.application.service.evidence;

/**
 * An evidence owner the actor may see, as its resolver found it.
 *
 * @param mayAttach whether the actor may attach files to it
 */
public record VisibleEvidenceOwner(boolean mayAttach) {
}
