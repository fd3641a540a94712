package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import nl.goedgesprek.shared.Refusal;

/** The order of a conversation's life, and what each step refuses. */
class ConversationTests {

	private static final EmployeeId SANNE = new EmployeeId(7L);

	private static final EmployeeId PIETER = new EmployeeId(2L);

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private Conversation planned() {
		return Conversation.plan(SANNE, PIETER, ConversationKind.CHECK_IN, LocalDateTime.of(2026, 12, 1, 10, 0),
				new CardVersionId(1L), SANNE, NOW);
	}

	private Conversation held() {
		Conversation conversation = planned();
		conversation.start(NOW);
		conversation.close(NOW);
		return conversation;
	}

	@Test
	void eachParticipantHasASideAndNobodyElseHasOne() {
		Conversation conversation = planned();
		assertThat(conversation.sideOf(SANNE)).isEqualTo(Side.EMPLOYEE);
		assertThat(conversation.sideOf(PIETER)).isEqualTo(Side.MANAGER);
		assertThatThrownBy(() -> conversation.sideOf(new EmployeeId(99L))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aStartedConversationCannotBeRescheduledOrCancelled() {
		Conversation conversation = planned();
		conversation.start(NOW);
		assertThatThrownBy(() -> conversation.reschedule(LocalDateTime.now())).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> conversation.cancel(SANNE, "ziek")).isInstanceOf(Refusal.class);
	}

	@Test
	void onlyAStartedConversationCanBeClosed() {
		assertThatThrownBy(() -> planned().close(NOW)).isInstanceOf(Refusal.class);
	}

	@Test
	void nobodyAcknowledgesARecordBeforeItExists() {
		assertThatThrownBy(() -> planned().acknowledge(Side.EMPLOYEE, Acknowledgement.Kind.SEEN, NOW))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void theRecordLocksWhenBothHaveSeenIt() {
		Conversation conversation = held();
		assertThat(conversation.acknowledge(Side.EMPLOYEE, Acknowledgement.Kind.SEEN, NOW)).isFalse();
		assertThat(conversation.locked()).isFalse();
		assertThat(conversation.acknowledge(Side.MANAGER, Acknowledgement.Kind.SEEN, NOW)).isTrue();
		assertThat(conversation.locked()).isTrue();
		assertThat(conversation.status()).isEqualTo(ConversationStatus.COMPLETED);
	}

	@Test
	void agreeingIsOptionalAndSeparateFromSeeing() {
		Conversation conversation = held();
		conversation.acknowledge(Side.EMPLOYEE, Acknowledgement.Kind.SEEN, NOW);
		conversation.acknowledge(Side.MANAGER, Acknowledgement.Kind.SEEN, NOW);
		assertThat(conversation.locked()).isTrue();
		assertThat(conversation.has(Side.EMPLOYEE, Acknowledgement.Kind.AGREED)).isFalse();
		assertThat(conversation.has(Side.MANAGER, Acknowledgement.Kind.AGREED)).isFalse();
	}

	@Test
	void agreeingAlsoCountsAsSeeing() {
		Conversation conversation = held();
		conversation.acknowledge(Side.EMPLOYEE, Acknowledgement.Kind.AGREED, NOW);
		assertThat(conversation.has(Side.EMPLOYEE, Acknowledgement.Kind.SEEN)).isTrue();
	}

	@Test
	void aSharedPreparationCannotChange() {
		Preparation preparation = Preparation.begin(null, SANNE, Side.EMPLOYEE);
		preparation.share(NOW);
		assertThatThrownBy(() -> preparation.saveDraft(
				new PreparationDraft(java.util.Map.of(), java.util.Map.of(), java.util.List.of(), "later"), NOW))
			.isInstanceOf(Refusal.class);
	}

}
