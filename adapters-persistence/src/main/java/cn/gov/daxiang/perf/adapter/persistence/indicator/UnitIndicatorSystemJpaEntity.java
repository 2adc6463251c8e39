package cn.gov.daxiang.perf.adapter.persistence.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "unit_indicator_system")
public class UnitIndicatorSystemJpaEntity {

    @Id
    @Column(name = "unit_code", length = 20)
    public String unitCode;

    @Version
    public long version;

    /** The chosen templates' ids, comma-separated, in the unit's order. */
    @Column(name = "template_ids", nullable = false, length = 20000)
    public String templateIds;
}
