package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;

/** A library template and its revision (the ETag a change must name). */
public record IndicatorTemplateDetails(IndicatorTemplate template, long revision) {
}
