package nl.goedgesprek.privacy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.privacy.internal.EverythingAboutYou;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new table cannot be forgotten by the export of everything about a person. From the schema that
 * Flyway built, every table that holds a person's data is listed ({@link PersonTables#holdingPeople}, the
 * same list erasure must account for). Each
 * must be named by some module's {@link PersonalData#tables()} or {@link PersonalData#notShown()}.
 * And every section and field the modules return has a label in Dutch and English.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(DemoUsers.class)
class PersonalDataCompletenessIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	List<PersonalData> modules;

	@Autowired
	EverythingAboutYou everything;

	@Autowired
	DemoUsers demo;

	@Test
	void everyTableWithAPersonIsShownOrSaysWhyNot() throws SQLException {
		Set<String> personal = personalTables();
		Map<String, String> declaredBy = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (PersonalData module : modules) {
			Set<String> mine = new HashSet<>(module.tables());
			mine.addAll(module.notShown().keySet());
			for (String table : mine) {
				if (declaredBy.put(table, module.getClass().getSimpleName()) != null) {
					twice.add(table);
				}
			}
		}
		assertThat(personal).as("the schema has person tables at all").contains("conversation", "read_log", "answer");
		assertThat(new TreeSet<>(personal)).as("tables with a person's data that no PersonalData names")
			.allSatisfy(table -> assertThat(declaredBy).containsKey(table));
		assertThat(declaredBy.keySet()).as("named tables exist and hold a person").allSatisfy(
				table -> assertThat(personal).contains(table));
		assertThat(twice).as("a table belongs to one module").isEmpty();
		modules.forEach(module -> module.notShown().values()
			.forEach(reason -> assertThat(message("messages.properties", reason)).as(reason).isNotBlank()));
	}

	@Test
	void everySectionAndFieldHasALabelInBothLanguages() throws Exception {
		Properties nl = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> keys = new TreeSet<>();
		for (String person : List.of("sanne.devries", "pieter.jansen", "jeroen.bos", "fatima.elamrani")) {
			for (PersonalData module : modules) {
				for (PersonalData.Section section : module.of(demo.id(person).value())) {
					assertThat(module.sections()).as(module.getClass().getSimpleName() + " declares its sections")
						.contains(section.key());
					collect(section, keys);
				}
			}
		}
		everything.categories().forEach(category -> keys.add("personalData.section." + category));
		assertThat(keys).allSatisfy(key -> {
			assertThat(nl.getProperty(key)).as("nl " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
		});
	}

	private static void collect(PersonalData.Section section, Set<String> keys) {
		keys.add("personalData.section." + section.key());
		for (PersonalData.Item item : section.items()) {
			item.fields().forEach(field -> keys.add("personalData.field." + field.key()));
			item.children().forEach(child -> collect(child, keys));
		}
	}

	private Set<String> personalTables() throws SQLException {
		return PersonTables.holdingPeople(dataSource);
	}

	private static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static String message(String file, String key) {
		try {
			return load(file).getProperty(key);
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

}
