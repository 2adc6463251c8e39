package cn.gov.daxiang.perf.adapter.persistence.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A project's entry into the library, with the readiness report it passed as JSON; never changed. */
@Entity
@Table(name = "library_entry")
public class LibraryEntryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_entry_seq")
    @SequenceGenerator(name = "library_entry_seq", sequenceName = "library_entry_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "project_code", nullable = false, updatable = false, length = 40)
    public String projectCode;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "entered_by", nullable = false, updatable = false, length = 100)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    public OffsetDateTime enteredAt;

    @Column(name = "readiness", nullable = false, updatable = false, length = 100000)
    public String readiness;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
