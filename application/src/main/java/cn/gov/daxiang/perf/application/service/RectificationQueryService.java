package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.rectification.FindRectificationQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.ListRectificationsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Reads of rectification items: one, a list, the summary; overdue counted on the district's day today. */
@ApplicationScoped
@Transactional
public class RectificationQueryService implements FindRectificationQuery, ListRectificationsQuery, RectificationSummaryQuery {

    private final RectificationRepository rectifications;
    private final VisibleRectifications visible;
    private final DataScopes scopes;
    private final RectificationNames names;
    private final Clock clock;

    @Inject
    public RectificationQueryService(RectificationRepository rectifications, VisibleRectifications visible, DataScopes scopes,
                                     RectificationNames names, Clock clock) {
        this.rectifications = rectifications;
        this.names = names;
        this.visible = visible;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Override
    public RectificationDetails findRectification(Actor actor, RectificationId id) {
        RectificationRepository.Stored stored = visible.load(actor, id);
        return names.of(RectificationDetails.of(stored.rectification(), stored.revision(), DistrictCalendar.today(clock)));
    }

    @Override
    public Page<RectificationDetails> listRectifications(Actor actor, RectificationCriteria criteria, Paging paging) {
        return names.of(rectifications.find(criteria, scopes.readScope(actor), paging)
                .map(s -> RectificationDetails.of(s.rectification(), s.revision(), criteria.today())));
    }

    @Override
    public LocalDate districtToday() {
        return DistrictCalendar.today(clock);
    }

    @Override
    public RectificationSummary summarizeRectifications(Actor actor, FiscalYear year) {
        LocalDate today = DistrictCalendar.today(clock);
        RectificationCriteria criteria = new RectificationCriteria(null, null, null, null, null, year, today);
        return RectificationSummary.of(rectifications.findAll(criteria, scopes.readScope(actor)), today);
    }
}
