package nl.goedgesprek.shell;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * Collects the Spring Data JDBC converters that modules declare as beans (typed ids to {@code bigint},
 * card content to JSON text), so each module keeps its own and the wiring stays in one place.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConversions {

	@Bean
	JdbcCustomConversions jdbcCustomConversions(List<Converter<?, ?>> converters, List<GenericConverter> generic) {
		List<Object> all = new java.util.ArrayList<>(converters);
		all.addAll(generic);
		return new JdbcCustomConversions(all.stream().filter(JdbcConversions::isForTheDatabase).toList());
	}

	private static boolean isForTheDatabase(Object converter) {
		return AnnotatedElementUtils.hasAnnotation(converter.getClass(), ReadingConverter.class)
				|| AnnotatedElementUtils.hasAnnotation(converter.getClass(), WritingConverter.class);
	}

}
