package nl.goedgesprek.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.TypedIds;

/**
 * What the rest of the application gives a module at run time, for an {@code @ApplicationModuleTest} that
 * starts one module (or a module and its direct dependencies): the clock and the typed-id columns, which the
 * shell and the owning modules declare and which are not started. Import it with
 * {@code @Import(ModuleTestSupport.class)}, and {@link ForeignKeysUnchecked} for a module started alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestSupport {

	@Bean
	Clock clock() {
		return Clock.system(Dates.ZONE);
	}

	/** The shell's collection of the modules' converters, with the typed ids of the modules that are not started. */
	@Bean
	JdbcCustomConversions jdbcCustomConversions(ObjectProvider<Converter<?, ?>> converters,
			ObjectProvider<GenericConverter> generic) {
		List<Object> all = new ArrayList<>(List.of(TypedIds.writer(EmployeeId.class, EmployeeId::value),
				TypedIds.reader(EmployeeId.class, EmployeeId::new), TypedIds.writer(TeamId.class, TeamId::value),
				TypedIds.reader(TeamId.class, TeamId::new),
				TypedIds.writer(ConversationId.class, ConversationId::value),
				TypedIds.reader(ConversationId.class, ConversationId::new), TypedIds.writer(CardId.class, CardId::value),
				TypedIds.reader(CardId.class, CardId::new), TypedIds.writer(CardVersionId.class, CardVersionId::value),
				TypedIds.reader(CardVersionId.class, CardVersionId::new)));
		converters.orderedStream().filter(ModuleTestSupport::isForTheDatabase).forEach(all::add);
		generic.orderedStream().filter(ModuleTestSupport::isForTheDatabase).forEach(all::add);
		return new JdbcCustomConversions(all);
	}

	private static boolean isForTheDatabase(Object converter) {
		return AnnotatedElementUtils.hasAnnotation(converter.getClass(), ReadingConverter.class)
				|| AnnotatedElementUtils.hasAnnotation(converter.getClass(), WritingConverter.class);
	}

	/**
	 * For a module started alone: its rows point to employees and conversations that live in other modules'
	 * tables, which such a test does not fill, so this context's H2 database checks no foreign keys. That those
	 * keys hold is what the integration tests of the whole application check.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class ForeignKeysUnchecked {

		@Bean
		Done foreignKeysUnchecked(DataSource dataSource) {
			JdbcClient.create(dataSource).sql("set referential_integrity false").update();
			return new Done();
		}

		record Done() {
		}

	}

}
