package se.syfte.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.syfte.analytics.core.WorkingDays;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays(new SwedishHolidays());
    }
}
