package nl.goedgesprek.conversations;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionState;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.PublishedCard;
import nl.goedgesprek.cards.internal.CardEditing;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.conversations.internal.ConversationRepository;
import nl.goedgesprek.conversations.internal.Preparation;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.Recording;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards and conversations against a real database, run on H2 and on PostgreSQL with the same
 * migrations: card versions as JSON, preparations with their answers and talking points, the
 * acknowledgements that lock a record, and the read model's derived status.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
@RecordApplicationEvents
abstract class ConversationDataTests {

	@Autowired
	DemoUsers demo;

	@Autowired
	Cards cards;

	@Autowired
	CardEditing editing;

	@Autowired
	ConversationPlanning planning;

	@Autowired
	Preparing preparing;

	@Autowired
	Talking talking;

	@Autowired
	Recording recording;

	@Autowired
	ConversationRepository conversations;

	@Autowired
	ConversationQueries queries;

	@Autowired
	ApplicationEvents events;

	private PublishedCard checkInCard() {
		return cards.publishedCards().stream().filter(c -> c.suggestedFor() == ConversationKind.CHECK_IN).findFirst()
			.orElseThrow();
	}

	private ConversationId plan() {
		return planning.plan(demo.id("pieter.jansen"), demo.id("sanne.devries"), ConversationKind.CHECK_IN,
				LocalDateTime.now().plusDays(2), checkInCard().id());
	}

	@Test
	void theDefaultCardsAreInstalledAndPublished() {
		assertThat(cards.publishedCards()).extracting(PublishedCard::name).contains("Het goede gesprek", "Check-in");
		var annual = cards.publishedCards().stream().filter(c -> c.suggestedFor() == ConversationKind.ANNUAL).findFirst()
			.orElseThrow();
		var content = cards.version(annual.currentVersion()).orElseThrow().content();
		assertThat(content.themes()).extracting(t -> t.key())
			.containsExactly("resultaten", "ontwikkeling", "samenwerking", "welzijn", "koers");
		assertThat(content.theme("welzijn").orElseThrow().warning()).contains("geen medische informatie");
	}

	@Test
	void editingAPublishedCardMakesANewVersionAndPlannedConversationsKeepTheirs() {
		PublishedCard card = checkInCard();
		ConversationId planned = plan();

		editing.changeDraft(card.id(), null, draft -> draft.addTheme("Extra thema"));
		assertThat(cards.publishedCard(card.id()).orElseThrow().currentVersion()).isEqualTo(card.currentVersion());
		editing.publish(card.id(), editing.draft(card.id()).version());

		PublishedCard republished = cards.publishedCard(card.id()).orElseThrow();
		assertThat(republished.currentVersion()).isNotEqualTo(card.currentVersion());
		assertThat(cards.version(card.currentVersion()).orElseThrow().state()).isEqualTo(CardVersionState.SUPERSEDED);
		assertThat(cards.version(republished.currentVersion()).orElseThrow().content().themes()).hasSize(5);
		assertThat(conversations.findById(planned.value()).orElseThrow().cardVersionId()).isEqualTo(card.currentVersion());
	}

	@Test
	void aPreparationKeepsItsAnswersScoresAndTalkingPoints() {
		ConversationId id = plan();
		preparing.saveDraft(demo.id("sanne.devries"), id, null, new PreparationDraft(
				Map.of("resultaten.q1", "Het portaal", "welzijn.q1", "Energie van klanten"),
				Map.of("resultaten.statement", 4, "welzijn.statement", 2), List.of("Thuiswerken", "Opleiding"),
				"Je rust"));

		Preparation stored = preparing.own(demo.id("sanne.devries"), id);
		assertThat(stored.text("resultaten.q1")).isEqualTo("Het portaal");
		assertThat(stored.score("welzijn.statement")).isEqualTo(2);
		assertThat(stored.talkingPoints()).extracting(p -> p.text()).containsExactly("Thuiswerken", "Opleiding");
		assertThat(stored.appreciation()).isEqualTo("Je rust");
		assertThat(queries.ofParticipant(demo.id("sanne.devries"), 5)).extracting(ConversationSummary::status)
			.contains(ConversationStatus.PREPARING);
	}

	@Test
	void bothAcknowledgementsLockTheRecordAndSayItOnce() {
		ConversationId id = plan();
		talking.start(demo.id("sanne.devries"), id);
		talking.makeAgreement(demo.id("sanne.devries"), id, "Cursus volgen", Side.EMPLOYEE, null, "ontwikkeling");
		talking.close(demo.id("pieter.jansen"), id);
		recording.acknowledge(demo.id("sanne.devries"), id, Acknowledgement.Kind.SEEN);
		recording.acknowledge(demo.id("pieter.jansen"), id, Acknowledgement.Kind.SEEN);
		recording.acknowledge(demo.id("pieter.jansen"), id, Acknowledgement.Kind.AGREED);

		var stored = conversations.findById(id.value()).orElseThrow();
		assertThat(stored.locked()).isTrue();
		assertThat(stored.has(Side.MANAGER, Acknowledgement.Kind.AGREED)).isTrue();
		assertThat(stored.has(Side.EMPLOYEE, Acknowledgement.Kind.AGREED)).isFalse();
		assertThat(events.stream(RecordLocked.class)).hasSize(1);
		assertThat(events.stream(AgreementMade.class)).hasSize(1);
		assertThat(events.stream(ConversationHeld.class)).hasSize(1);
	}

	@Test
	void theCardIdsSurviveTheRoundTrip() {
		CardId id = checkInCard().id();
		assertThat(cards.publishedCard(id)).isPresent();
	}

}
