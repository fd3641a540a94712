package nl.goedgesprek.shell;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

/**
 * Lets aggregates hold typed ids of other aggregates ({@code EmployeeId managerId}) while the column
 * stays a plain bigint. Each module's id types are registered here, where the application is wired.
 */
@Configuration(proxyBeanMethods = false)
class JdbcIdConversions {

	@Bean
	JdbcCustomConversions jdbcCustomConversions() {
		return new JdbcCustomConversions(List.of(EmployeeIdToLong.INSTANCE, LongToEmployeeId.INSTANCE,
				TeamIdToLong.INSTANCE, LongToTeamId.INSTANCE));
	}

	@WritingConverter
	enum EmployeeIdToLong implements Converter<EmployeeId, Long> {

		INSTANCE;

		@Override
		public Long convert(EmployeeId id) {
			return id.value();
		}

	}

	@ReadingConverter
	enum LongToEmployeeId implements Converter<Long, EmployeeId> {

		INSTANCE;

		@Override
		public EmployeeId convert(Long value) {
			return new EmployeeId(value);
		}

	}

	@WritingConverter
	enum TeamIdToLong implements Converter<TeamId, Long> {

		INSTANCE;

		@Override
		public Long convert(TeamId id) {
			return id.value();
		}

	}

	@ReadingConverter
	enum LongToTeamId implements Converter<Long, TeamId> {

		INSTANCE;

		@Override
		public TeamId convert(Long value) {
			return new TeamId(value);
		}

	}

}
