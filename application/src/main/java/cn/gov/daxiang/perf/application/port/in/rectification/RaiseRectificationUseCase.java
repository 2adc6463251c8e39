package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance raises a rectification item on a self-evaluation or a key evaluation. */
public interface RaiseRectificationUseCase {

    RectificationDetails raiseRectification(Actor actor, RaiseRectificationCommand command);
}
