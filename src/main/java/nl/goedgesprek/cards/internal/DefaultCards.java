package nl.goedgesprek.cards.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;

/**
 * Installs the default praatkaart and the short check-in card ({@code shared/domain/PRAATKAART.md})
 * when an installation has no cards yet. Both use the same theme keys, so a statement can be followed
 * over time whichever card a conversation used.
 */
@Component
@Order(5)
class DefaultCards implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefaultCards.class);

	static final String NO_MEDICAL_DATA = "Deel hier geen medische informatie; daarvoor is de bedrijfsarts er.";

	private final CardRepository cards;

	private final CardEditing editing;

	DefaultCards(CardRepository cards, CardEditing editing) {
		this.cards = cards;
		this.editing = editing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cards.count() > 0) {
			return;
		}
		install("Het goede gesprek", "De praatkaart voor het jaargesprek: terugblikken, ontwikkelen en vooruitkijken.",
				ConversationKind.ANNUAL, annual());
		install("Check-in", "Een korte check-in van een kwartier tot een half uur, een paar keer per jaar.",
				ConversationKind.CHECK_IN, checkIn());
		log.info("Installed the default praatkaart and the check-in card");
	}

	private void install(String name, String description, ConversationKind kind, CardContent content) {
		CardId id = editing.create(name, description, kind, content);
		editing.publish(id, editing.draft(id).version());
	}

	static CardContent annual() {
		return new CardContent(List.of(
				theme("resultaten", Topic.RESULTS, "Terugblik & resultaten", "Wat ging goed, wat hielp, wat zat in de weg?",
						null, "Ik ben tevreden over wat ik de afgelopen periode heb bereikt.",
						"Waar ben je het meest trots op sinds ons vorige gesprek?",
						"Welke afspraken zijn gelukt, en wat hielp daarbij?",
						"Wat lukte (nog) niet, en wat zat in de weg?",
						"Wat heb je van mij of de organisatie nodig om je werk goed te doen?"),
				theme("ontwikkeling", Topic.DEVELOPMENT, "Ontwikkeling & talent", "Wat kun je goed, en wat wil je leren?",
						null, "Ik krijg voldoende ruimte om me te ontwikkelen.",
						"Welke kwaliteiten zet je nu goed in, en welke nog te weinig?",
						"Wat wil je het komende jaar leren of verder ontwikkelen?",
						"Hoe wil je dat leren: opleiding, meelopen, project, coaching?"),
				theme("samenwerking", Topic.COLLABORATION, "Samenwerking", "Hoe werken we samen, en wat kan beter?",
						null, "Ik voel me gesteund door mijn team en leidinggevende.",
						"Hoe verloopt de samenwerking met je team en andere afdelingen?",
						"Welke feedback heb je voor je leidinggevende?",
						"Wat kunnen wij als team beter doen?"),
				theme("welzijn", Topic.WELLBEING, "Werkplezier & energie", "Hoe gaat het met je in je werk?",
						NO_MEDICAL_DATA, "Ik heb plezier in mijn werk.",
						"Wat geeft je energie in je werk, en wat kost energie?",
						"Hoe ervaar je de werkdruk en de balans tussen werk en privé?",
						"Wat zou je werkplezier vergroten?"),
				theme("koers", Topic.DIRECTION, "Koers & toekomst", "Waar gaat de organisatie heen, en waar wil jij heen?",
						null, "Ik zie mijn toekomst binnen deze organisatie.",
						"Hoe draagt jouw werk bij aan de koers en doelen van de organisatie?",
						"Waar sta je over 1 tot 3 jaar, en wat zijn je ambities?",
						"Kun en wil je dit werk de komende jaren blijven doen? Wat is daarvoor nodig?")));
	}

	static CardContent checkIn() {
		return new CardContent(List.of(
				theme("resultaten", Topic.RESULTS, "Terugblik & resultaten", null, null,
						"Ik ben tevreden over wat ik de afgelopen periode heb bereikt.",
						"Waar ben je het meest trots op sinds ons vorige gesprek?"),
				theme("ontwikkeling", Topic.DEVELOPMENT, "Ontwikkeling & talent", null, null,
						"Ik krijg voldoende ruimte om me te ontwikkelen.",
						"Wat wil je de komende tijd leren of verder ontwikkelen?"),
				theme("samenwerking", Topic.COLLABORATION, "Samenwerking", null, null,
						"Ik voel me gesteund door mijn team en leidinggevende.",
						"Hoe verloopt de samenwerking met je team en andere afdelingen?"),
				theme("welzijn", Topic.WELLBEING, "Werkplezier & energie", null, NO_MEDICAL_DATA,
						"Ik heb plezier in mijn werk.", "Wat geeft je energie in je werk, en wat kost energie?")));
	}

	private static Theme theme(String key, Topic topic, String title, String introduction, String warning,
			String statement, String... questions) {
		List<Question> numbered = new ArrayList<>();
		for (String question : questions) {
			numbered.add(new Question(key + ".q" + (numbered.size() + 1), question));
		}
		return new Theme(key, topic, title, introduction, warning, topic.requiredByOrganisation(), numbered, statement);
	}

}
