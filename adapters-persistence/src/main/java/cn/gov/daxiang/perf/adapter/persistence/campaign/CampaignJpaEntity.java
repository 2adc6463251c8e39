package cn.gov.daxiang.perf.adapter.persistence.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A campaign's root row; its @Version is the campaign's revision (ETag). */
@Entity
@Table(name = "campaign")
public class CampaignJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    public String title;

    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    public String kind;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "round_id", updatable = false)
    public UUID roundId;

    @Column(name = "evaluation_kind", updatable = false, length = 30)
    public String evaluationKind;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 100)
    public String issuedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
