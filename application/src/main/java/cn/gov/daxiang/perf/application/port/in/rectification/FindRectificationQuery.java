package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;

public interface FindRectificationQuery {

    RectificationDetails findRectification(Actor actor, RectificationId id);
}
