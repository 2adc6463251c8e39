package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;

/** The level-1 and level-2 indicators goals hang their level-3 indicators under. */
public interface IndicatorTaxonomyQuery {

    IndicatorTaxonomy indicatorTaxonomy();
}
