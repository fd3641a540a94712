package nl.goedgesprek.cards.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;

/** One theme as HR edits it; the questions are one per line. */
record ThemeForm(
		@NotBlank(message = "{cards.theme.title.required}") @Size(max = 120, message = "{cards.theme.title.tooLong}") String title,
		@Size(max = 500, message = "{cards.theme.introduction.tooLong}") String introduction,
		@Size(max = 500, message = "{cards.theme.warning.tooLong}") String warning,
		Boolean required,
		Topic topic,
		@Size(max = 5000, message = "{cards.theme.questions.tooLong}") String questions,
		@NotBlank(message = "{cards.theme.statement.required}") @Size(max = 300, message = "{cards.theme.statement.tooLong}") String statement,
		Integer draftVersion) {

	static final int MAX_QUESTIONS = 12;

	static ThemeForm of(Theme theme, Integer draftVersion) {
		return new ThemeForm(theme.title(), theme.introduction(), theme.warning(), theme.required(), theme.topic(),
				String.join("\n", theme.questions().stream().map(Question::text).toList()), theme.statement(),
				draftVersion);
	}

	List<String> questionLines() {
		List<String> lines = new ArrayList<>();
		if (questions != null) {
			Arrays.stream(questions.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		}
		return lines;
	}

	Theme toTheme(String key) {
		List<Question> list = questionLines().stream().map(text -> new Question(null, text)).toList();
		return new Theme(key, topic, title.strip(), blankToNull(introduction), blankToNull(warning),
				Boolean.TRUE.equals(required), list, statement.strip());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
