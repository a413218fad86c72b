package org.therapyassist.visits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The travel estimate the planner uses: straight-line until a road-routing engine is wired in its place. */
@Configuration(proxyBeanMethods = false)
class VisitsConfiguration {

    @Bean
    TravelTimes travelTimes(VisitPlanningProperties properties) {
        return new StraightLineTravel(properties.roadFactor(), properties.averageSpeedKmh());
    }
}
