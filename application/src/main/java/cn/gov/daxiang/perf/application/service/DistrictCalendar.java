package cn.gov.daxiang.perf.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as the district counts them (deadlines, year ends): in China Standard Time, whatever the server's zone. */
final class DistrictCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DistrictCalendar() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
