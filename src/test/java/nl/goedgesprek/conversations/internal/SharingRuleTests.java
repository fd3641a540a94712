package nl.goedgesprek.conversations.internal;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.conversations.ConversationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** "Eerst zelf, dan samen", tried from every side. */
class SharingRuleTests {

	@Test
	void aDraftIsNeverReadable() {
		for (ConversationStatus status : ConversationStatus.values()) {
			assertThat(SharingRule.maySeeOthersPreparation(false, true, status)).as(status.name()).isFalse();
		}
	}

	@Test
	void beforeTheConversationYouShareFirst() {
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.PLANNED)).isFalse();
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.PREPARING)).isFalse();
		assertThat(SharingRule.maySeeOthersPreparation(true, true, ConversationStatus.PREPARING)).isTrue();
	}

	@Test
	void onceStartedASharedPreparationIsReadableEvenIfYouDidNotShare() {
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.STARTED)).isTrue();
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.HELD)).isTrue();
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.COMPLETED)).isTrue();
	}

	@Test
	void aCancelledConversationOpensNothing() {
		assertThat(SharingRule.maySeeOthersPreparation(true, false, ConversationStatus.CANCELLED)).isFalse();
	}

}
