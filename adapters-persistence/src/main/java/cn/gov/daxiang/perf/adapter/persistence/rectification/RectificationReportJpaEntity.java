package cn.gov.daxiang.perf.adapter.persistence.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One report of the unit on an item (整改落实情况); never changed once written. */
@Entity
@Table(name = "rectification_report")
public class RectificationReportJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_report_seq")
    @SequenceGenerator(name = "rectification_report_seq", sequenceName = "rectification_report_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rectification_pk", nullable = false, updatable = false)
    public Long rectificationPk;

    @Column(name = "round", nullable = false, updatable = false)
    public int round;

    @Column(name = "report_text", nullable = false, updatable = false, length = 4000)
    public String text;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public OffsetDateTime reportedAt;

    @Column(name = "reported_on", nullable = false, updatable = false)
    public LocalDate reportedOn;

    @Column(name = "evidence_files", nullable = false, updatable = false)
    public int evidenceFiles;

    @Column(name = "days_late", nullable = false, updatable = false)
    public int daysLate;
}
