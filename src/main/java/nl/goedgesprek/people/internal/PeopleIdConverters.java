package nl.goedgesprek.people.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.TypedIds;

/** Stores {@link EmployeeId} and {@link TeamId} as plain {@code bigint} columns, in any module's tables. */
@Configuration(proxyBeanMethods = false)
class PeopleIdConverters {

	@Bean
	TypedIds.Writer<EmployeeId> employeeIdWriter() {
		return TypedIds.writer(EmployeeId.class, EmployeeId::value);
	}

	@Bean
	TypedIds.Reader<EmployeeId> employeeIdReader() {
		return TypedIds.reader(EmployeeId.class, EmployeeId::new);
	}

	@Bean
	TypedIds.Writer<TeamId> teamIdWriter() {
		return TypedIds.writer(TeamId.class, TeamId::value);
	}

	@Bean
	TypedIds.Reader<TeamId> teamIdReader() {
		return TypedIds.reader(TeamId.class, TeamId::new);
	}

}
