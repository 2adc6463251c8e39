package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.application.port.out.contract.EvidenceFileRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.EvidenceStoreContract;
import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AssessmentCriteriaRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.BudgetArrangementRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.PreAssessmentRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.RectificationRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.CampaignRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.CampaignWorkRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.GoalRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.GradingConfigurationRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.LocalWorkLookupContract;
import cn.gov.daxiang.perf.application.port.out.contract.MonitoringRoundRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.SyncLeaseStoreContract;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AgencyRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.EvaluationFrameworkRepositoryContract;
import cn.gov.daxiang.perf.application.port.out.contract.KeyEvaluationRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The out-ports' contract suites over the in-memory fakes; each nested class starts from empty fakes per test. */
class InMemoryContractsTest {

    @Nested
    class Goals extends GoalRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected GoalRepository goals() {
            return stores.goals;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }

        @Override
        protected GoalReviewAssignmentRepository assignments() {
            return stores.reviewAssignments;
        }
    }

    @Nested
    class CampaignWork extends CampaignWorkRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected CampaignWorkRepository work() {
            return stores.campaignWork;
        }

        @Override
        protected GoalRepository goals() {
            return stores.goals;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }

        @Override
        protected MonitoringRoundRepository rounds() {
            return stores.rounds;
        }

        @Override
        protected MonitoringReportRepository reports() {
            return stores.reports;
        }

        @Override
        protected SelfEvaluationRepository evaluations() {
            return stores.evaluations;
        }
    }

    @Nested
    class LocalWork extends LocalWorkLookupContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected LocalWorkLookup localWork() {
            return stores.localWork;
        }

        @Override
        protected GoalRepository goals() {
            return stores.goals;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }

    @Nested
    class MonitoringRounds extends MonitoringRoundRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected MonitoringRoundRepository rounds() {
            return stores.rounds;
        }
    }

    @Nested
    class Campaigns extends CampaignRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected CampaignRepository campaigns() {
            return stores.campaigns;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }

    @Nested
    class Grading extends GradingConfigurationRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected GradingConfigurationRepository configuration() {
            return stores.grading;
        }
    }

    @Nested
    class SyncLeases extends SyncLeaseStoreContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected SyncLeaseStore leases() {
            return stores.leases;
        }
    }

    @Nested
    class Agencies extends AgencyRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected AgencyRepository agencies() {
            return stores.agencies;
        }
    }

    @Nested
    class Frameworks extends EvaluationFrameworkRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected EvaluationFrameworkRepository frameworks() {
            return stores.frameworks;
        }
    }

    @Nested
    class KeyEvaluations extends KeyEvaluationRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected KeyEvaluationRepository evaluations() {
            return stores.keyEvaluations;
        }
    }

    @Nested
    class PreAssessments extends PreAssessmentRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected PreAssessmentRepository assessments() {
            return stores.preAssessments;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }
    @Nested
    class AllocationPolicies extends cn.gov.daxiang.perf.application.port.out.contract.AllocationPolicyRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository policies() {
            return stores.allocationPolicies;
        }
    }
    @Nested
    class AllocationDecisions extends cn.gov.daxiang.perf.application.port.out.contract.AllocationDecisionRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository decisions() {
            return stores.allocationDecisions;
        }
    }
    @Nested
    class AssessmentCriteria extends AssessmentCriteriaRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected AssessmentCriteriaRepository criteria() {
            return stores.assessmentCriteria;
        }
    }
    @Nested
    class BudgetArrangements extends BudgetArrangementRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected BudgetArrangementRepository arrangements() {
            return stores.arrangements;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }

    @Nested
    class LibraryEntries extends cn.gov.daxiang.perf.application.port.out.contract.LibraryEntryRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository entries() {
            return stores.libraryEntries;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }

    @Nested
    class EvidenceFiles extends EvidenceFileRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected EvidenceFileRepository files() {
            return stores.evidenceFiles;
        }
    }

    @Nested
    class EvidenceContent extends EvidenceStoreContract {
        private final EvidenceStore store = new InMemoryEvidenceStore(LIMIT);

        @Override
        protected EvidenceStore store() {
            return store;
        }
    }

    @Nested
    class Rectifications extends RectificationRepositoryContract {
        private final InMemoryStores stores = new InMemoryStores();

        @Override
        protected RectificationRepository rectifications() {
            return stores.rectifications;
        }

        @Override
        protected ProjectRepository projects() {
            return stores.projects;
        }

        @Override
        protected BudgetUnitRepository units() {
            return stores.units;
        }
    }
}
