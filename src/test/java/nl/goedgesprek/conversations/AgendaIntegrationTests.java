package nl.goedgesprek.conversations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.internal.AgendaItem;
import nl.goedgesprek.conversations.internal.Agendas;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.conversations.internal.Conversation;
import nl.goedgesprek.conversations.internal.ConversationRepository;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The agenda builds itself, on the demo organisation: Sanne's next annual conversation carries over
 * her open agreement, the talking point left last time, and the key themes that did not come up.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(DemoUsers.class)
@Transactional
class AgendaIntegrationTests {

	@Autowired
	Agendas agendas;

	@Autowired
	ConversationRepository conversations;

	@Autowired
	AgreementFollowUp followUp;

	@Autowired
	DemoUsers demo;

	private Conversation sannesNext() {
		return conversations.findByEmployeeIdOrderByScheduledAtDesc(demo.id("sanne.devries")).get(0);
	}

	@Test
	void openAgreementsTalkingPointsAndUncoveredThemesComeFirst() {
		List<AgendaItem> agenda = agendas.of(sannesNext());
		assertThat(agenda).extracting(AgendaItem::reason, AgendaItem::subject).contains(
				tuple(AgendaItem.Reason.OPEN_AGREEMENT, "Training klantgesprekken volgen"),
				tuple(AgendaItem.Reason.TALKING_POINT_LEFT, "Thuiswerken op vrijdag"),
				tuple(AgendaItem.Reason.THEME_NOT_COVERED, "Samenwerking"),
				tuple(AgendaItem.Reason.THEME_NOT_COVERED, "Werkplezier & energie"));
		assertThat(agenda).extracting(AgendaItem::subject).doesNotContain("Terugblik & resultaten");
	}

	@Test
	void aFinishedAgreementIsNoLongerCarriedOver() {
		FollowedAgreement training = followUp.of(demo.id("sanne.devries")).stream()
			.filter(a -> a.description().equals("Training klantgesprekken volgen")).findFirst().orElseThrow();
		followUp.report(demo.id("sanne.devries"), training.rawId(), null, AgreementStatus.DONE, "Gevolgd in november");

		assertThat(agendas.of(sannesNext())).extracting(AgendaItem::subject).doesNotContain("Training klantgesprekken volgen");
	}

	@Test
	void anotherEmployeesAgreementsNeverAppear() {
		assertThat(agendas.of(sannesNext())).extracting(AgendaItem::subject)
			.doesNotContain("Rooster voor de ochtenden herzien");
	}

}
