package nl.goedgesprek.cards.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardVersionTests {

	private final CardVersion draft = CardVersion.firstDraft(new CardId(1L), DefaultCards.checkIn());

	private List<String> keys(CardVersion version) {
		return version.content().themes().stream().map(Theme::key).toList();
	}

	@Test
	void themesMoveUpAndDownAndStopAtTheEnds() {
		draft.moveTheme("samenwerking", -1);
		assertThat(keys(draft)).containsExactly("resultaten", "samenwerking", "ontwikkeling", "welzijn");
		draft.moveTheme("resultaten", -1);
		draft.moveTheme("welzijn", 1);
		assertThat(keys(draft)).containsExactly("resultaten", "samenwerking", "ontwikkeling", "welzijn");
	}

	@Test
	void anEditedThemeKeepsItsKeyAndNumbersItsQuestions() {
		draft.replaceTheme(new Theme("welzijn", Topic.WELLBEING, "Energie", null, "Geen medische informatie", true,
				List.of(new Question(null, "Wat geeft energie?"), new Question(null, "Wat kost energie?")), "Ik heb plezier."));
		Theme theme = draft.content().theme("welzijn").orElseThrow();
		assertThat(theme.questions()).extracting(Question::key).containsExactly("welzijn.q1", "welzijn.q2");
		assertThat(theme.statementKey()).isEqualTo("welzijn.statement");
	}

	@Test
	void newThemesGetTheirOwnKeyAndCanBeRemoved() {
		String key = draft.addTheme("Koers");
		assertThat(keys(draft)).hasSize(5).endsWith(key);
		draft.removeTheme(key);
		assertThat(keys(draft)).hasSize(4).doesNotContain(key);
	}

	@Test
	void aPublishedVersionNeverChangesAgain() {
		draft.publish(Instant.now());
		assertThatThrownBy(() -> draft.addTheme("Nog een")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> draft.moveTheme("welzijn", -1)).isInstanceOf(IllegalStateException.class);
		assertThat(draft.nextDraft().number()).isEqualTo(2);
		assertThat(draft.nextDraft().content()).isEqualTo(draft.content());
	}

	@Test
	void theWellbeingThemeWarnsAgainstMedicalData() {
		CardContent annual = DefaultCards.annual();
		assertThat(annual.theme("welzijn").orElseThrow().warning())
			.isEqualTo("Deel hier geen medische informatie; daarvoor is de bedrijfsarts er.");
		assertThat(annual.themes().stream().filter(Theme::required).map(Theme::topic))
			.containsExactly(Topic.RESULTS, Topic.DEVELOPMENT, Topic.COLLABORATION, Topic.WELLBEING);
	}

}
