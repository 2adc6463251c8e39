package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;

/** The lifecycle of an item: the unit starts and reports, finance verifies or returns; each at the revision read. */
public interface RectificationStepsUseCase {

    RectificationDetails startRectification(Actor actor, RectificationId id, long revision);

    /** The report (整改落实情况): a text; the item must hold at least one evidence file. */
    RectificationDetails reportRectification(Actor actor, RectificationId id, long revision, String text);

    RectificationDetails verifyRectification(Actor actor, RectificationId id, long revision);

    RectificationDetails returnRectification(Actor actor, RectificationId id, long revision, String reason);
}
