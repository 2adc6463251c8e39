package cn.gov.daxiang.perf.adapter.persistence.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A unit a campaign addresses, with the money its work covers; part of the campaign aggregate. */
@Entity
@Table(name = "campaign_target")
public class CampaignTargetJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_target_seq")
    @SequenceGenerator(name = "campaign_target_seq", sequenceName = "campaign_target_seq", allocationSize = 500)
    public Long id;

    @Column(name = "campaign_pk", nullable = false, updatable = false)
    public Long campaignPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "amount", nullable = false, updatable = false, precision = 18, scale = 2)
    public BigDecimal amount;
}
