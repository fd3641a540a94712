package nl.goedgesprek.shell;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Dutch time, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId AMSTERDAM = nl.goedgesprek.shared.Dates.ZONE;

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}

}
