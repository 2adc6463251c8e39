package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.time.LocalDate;

/** The items the actor may see, the nearest deadline first. */
public interface ListRectificationsQuery {

    Page<RectificationDetails> listRectifications(Actor actor, RectificationCriteria criteria, Paging paging);

    /** The district's day today: what "overdue" in a list's criteria is counted on. */
    LocalDate districtToday();
}
