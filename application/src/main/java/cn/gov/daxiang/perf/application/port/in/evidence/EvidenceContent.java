package cn.gov.daxiang.perf.application.port.in.evidence;

import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;

import java.io.InputStream;

/** A file's metadata and its content, to be read once and closed. */
public record EvidenceContent(EvidenceFile file, InputStream content) {
}
