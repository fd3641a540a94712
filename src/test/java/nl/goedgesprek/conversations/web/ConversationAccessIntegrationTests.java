package nl.goedgesprek.conversations.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.conversations.internal.NoteRepository;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.RecordEntries;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tries to break every rule of the conversation: outsiders by URL and id, drafts before sharing,
 * "eerst zelf, dan samen", HR and administrators, the locked record, and the unchangeable zienswijze.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class ConversationAccessIntegrationTests {

	private static final String SANNE_DRAFT = "Mijn geheime eerste gedachte over de werkdruk";

	private static final String PIETER_DRAFT = "Pieter vindt Sanne een steunpilaar";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationPlanning planning;

	@Autowired
	Preparing preparing;

	@Autowired
	Talking talking;

	@Autowired
	NoteRepository notes;

	@Autowired
	RecordEntries entries;

	@Autowired
	Cards cards;

	ConversationId conversation;

	String base;

	@BeforeEach
	void sanneAndPieterPlanACheckIn() {
		conversation = planning.plan(demo.id("sanne.devries"), demo.id("pieter.jansen"), ConversationKind.CHECK_IN,
				LocalDateTime.now().plusDays(3), cards.publishedCards().get(0).id());
		base = "/conversations/" + conversation;
		preparing.saveDraft(demo.id("sanne.devries"), conversation, null, draft(SANNE_DRAFT));
	}

	private static PreparationDraft draft(String text) {
		return new PreparationDraft(Map.of("resultaten.q1", text), Map.of("resultaten.statement", 4), List.of(), null);
	}

	private String page(String who, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void nobodyButTheTwoParticipantsReachesAnyPartOfIt() throws Exception {
		List<MockHttpServletRequestBuilder> requests = List.of(get(base), get(base + "/preparation"), get(base + "/talk"),
				get(base + "/record"), post(base + "/preparation").param("a.resultaten.q1", "x"),
				post(base + "/preparation/share"), post(base + "/start"), post(base + "/notes/resultaten").param("text", "x"),
				post(base + "/agreements").param("description", "x").param("owner", "EMPLOYEE"), post(base + "/close"),
				post(base + "/record/acknowledge").param("kind", "SEEN"), post(base + "/record/view").param("text", "x"),
				post(base + "/record/amendments").param("text", "x"),
				post(base + "/reschedule").param("date", "2030-01-01").param("time", "10:00"),
				post(base + "/cancel").param("reason", "x"));
		for (String outsider : new String[] { "lotte.bakker", "bram.dekker", "ingrid.hoekstra", "marleen.visser",
				"fatima.elamrani", "jeroen.bos" }) {
			for (MockHttpServletRequestBuilder request : requests) {
				mvc.perform(request.with(demo.as(outsider)).with(csrf()))
					.andExpect(status().isNotFound());
			}
		}
		mvc.perform(get("/conversations/987654").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
	}

	@Test
	void theManagerNeverReadsTheEmployeesDraft() throws Exception {
		assertThat(page("pieter.jansen", base)).doesNotContain(SANNE_DRAFT).contains("Nog niet gedeeld.");
		assertThat(page("pieter.jansen", base + "/preparation")).doesNotContain(SANNE_DRAFT);
		mvc.perform(get(base + "/talk").with(demo.as("pieter.jansen"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void eerstZelfDanSamen() throws Exception {
		preparing.share(demo.id("sanne.devries"), conversation);
		assertThat(page("pieter.jansen", base)).doesNotContain(SANNE_DRAFT)
			.contains("Je leest het zodra je je eigen voorbereiding hebt gedeeld");
		assertThat(preparing.othersIfVisible(demo.id("pieter.jansen"), conversation)).isEmpty();

		preparing.saveDraft(demo.id("pieter.jansen"), conversation, null, draft(PIETER_DRAFT));
		preparing.share(demo.id("pieter.jansen"), conversation);
		assertThat(preparing.othersIfVisible(demo.id("pieter.jansen"), conversation)).isPresent();
		// Both shared: each reads the other's preparation on the conversation's page, before it starts.
		assertThat(page("sanne.devries", base)).contains("Gedeeld.", PIETER_DRAFT);
	}

	@Test
	void onceStartedASharedPreparationIsReadableButAnUnsharedDraftStaysPrivate() throws Exception {
		preparing.saveDraft(demo.id("pieter.jansen"), conversation, null, draft(PIETER_DRAFT));
		preparing.share(demo.id("pieter.jansen"), conversation);
		talking.start(demo.id("pieter.jansen"), conversation);

		assertThat(page("sanne.devries", base + "/talk")).contains(PIETER_DRAFT);
		assertThat(page("pieter.jansen", base + "/talk")).doesNotContain(SANNE_DRAFT).contains("Nog niet gedeeld.");
	}

	@Test
	void hrSeesThatItExistsAndHowFarItIsButNotWhatWasWritten() throws Exception {
		preparing.share(demo.id("sanne.devries"), conversation);
		talking.start(demo.id("sanne.devries"), conversation);
		talking.writeNote(demo.id("sanne.devries"), conversation, "resultaten", null, "Notitie over de werkdruk");
		for (String who : new String[] { "fatima.elamrani", "jeroen.bos" }) {
			mvc.perform(get("/admin/conversations").with(demo.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sanne de Vries")))
				.andExpect(content().string(containsString("in gesprek")))
				.andExpect(content().string(not(containsString(SANNE_DRAFT))))
				.andExpect(content().string(not(containsString("Notitie over de werkdruk"))))
				.andExpect(content().string(not(containsString(base)))); // no link into the conversation
		}
		mvc.perform(get("/admin/conversations").with(demo.as("pieter.jansen"))).andExpect(status().isForbidden());
	}

	@Test
	void aSharedPreparationNeverChangesAndAClosedOneIsFrozen() throws Exception {
		var sanne = demo.id("sanne.devries");
		preparing.share(sanne, conversation);
		talking.start(demo.id("pieter.jansen"), conversation);
		mvc.perform(post(base + "/preparation").with(demo.as("sanne.devries")).with(csrf()).header("HX-Request", "true")
				.param("a.resultaten.q1", "Achteraf anders"))
			.andExpect(status().isUnprocessableContent());
		assertThat(preparing.own(sanne, conversation).text("resultaten.q1")).isEqualTo(SANNE_DRAFT);
	}

	/**
	 * Issue 11, class 10: Pieter starts days early while Sanne has an unshared draft. He is told what
	 * that means for her draft; she still finds it, can finish and share it during the conversation,
	 * and only then does he read it. Before, her draft became read-only, unsharable and unlinked.
	 */
	@Test
	void startingEarlyLeavesTheOthersDraftTheirsToFinishAndShareDuringTheConversation() throws Exception {
		var sanne = demo.id("sanne.devries");
		assertThat(page("pieter.jansen", base)).contains("Sanne heeft de voorbereiding nog niet gedeeld");
		talking.start(demo.id("pieter.jansen"), conversation);

		assertThat(page("sanne.devries", base)).contains("Het gesprek is begonnen. Je kunt je voorbereiding nog afmaken",
				base + "/preparation");
		assertThat(page("sanne.devries", base + "/talk")).contains("Jouw voorbereiding is nog niet gedeeld");
		assertThat(page("sanne.devries", base + "/preparation")).contains(SANNE_DRAFT, "Delen met Pieter");
		assertThat(page("pieter.jansen", base + "/talk")).doesNotContain(SANNE_DRAFT);

		mvc.perform(post(base + "/preparation/share").with(demo.as("sanne.devries")).with(csrf())
				.param("version", String.valueOf(preparing.own(sanne, conversation).version()))
				.param("a.resultaten.q1", SANNE_DRAFT + " en nog iets"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("pieter.jansen", base + "/talk")).contains(SANNE_DRAFT + " en nog iets");

		talking.close(demo.id("pieter.jansen"), conversation);
		assertThat(page("sanne.devries", base + "/preparation")).contains(SANNE_DRAFT + " en nog iets");
	}

	@Test
	void twoPeopleWritingTheSameNotesNeverOverwriteEachOther() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		mvc.perform(post(base + "/notes/resultaten").with(demo.as("sanne.devries")).with(csrf())
				.header("HX-Request", "true").param("text", "Sanne: het portaal werkt goed"))
			.andExpect(status().isOk());

		mvc.perform(post(base + "/notes/resultaten").with(demo.as("pieter.jansen")).with(csrf())
				.header("HX-Request", "true").param("text", "Pieter: het portaal mag sneller"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Sanne de Vries schreef intussen ook in deze notities")))
			.andExpect(content().string(containsString("Sanne: het portaal werkt goed")));

		assertThat(notes.findByConversationIdAndThemeKey(conversation, "resultaten").orElseThrow().text())
			.isEqualTo("Sanne: het portaal werkt goed");
	}

	@Test
	void aClosedRecordTakesNoMoreNotesOrAgreements() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		talking.close(demo.id("sanne.devries"), conversation);

		mvc.perform(post(base + "/notes/resultaten").with(demo.as("pieter.jansen")).with(csrf())
				.header("HX-Request", "true").param("text", "Achteraf toegevoegd"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(base + "/agreements").with(demo.as("pieter.jansen")).with(csrf())
				.param("description", "Stiekem erbij").param("owner", "EMPLOYEE"))
			.andExpect(flash().attribute("problem", MessageRef.of("conversation.error.notStarted")));
		assertThat(notes.findByConversationIdAndThemeKey(conversation, "resultaten")).isEmpty();
		assertThat(page("sanne.devries", base + "/record")).doesNotContain("Stiekem erbij");
	}

	@Test
	void onlyTheEmployeeAddsAZienswijzeAndNobodyChangesIt() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		talking.close(demo.id("sanne.devries"), conversation);

		mvc.perform(post(base + "/record/view").with(demo.as("pieter.jansen")).with(csrf()).param("text", "Namens Sanne"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries.employeeViews(conversation)).isEmpty();

		mvc.perform(post(base + "/record/view").with(demo.as("sanne.devries")).with(csrf()).param("text", "Mijn kijk"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries.employeeViews(conversation)).extracting(e -> e.text()).containsExactly("Mijn kijk");

		mvc.perform(put(base + "/record/view").with(demo.as("sanne.devries")).with(csrf()).param("text", "Anders"))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(delete(base + "/record/view").with(demo.as("pieter.jansen")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		assertThat(Arrays.stream(RecordEntries.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).allMatch(name -> name.startsWith("add") || name.equals("employeeViews")
					|| name.equals("amendments"));
		assertThat(entries.employeeViews(conversation)).extracting(e -> e.text()).containsExactly("Mijn kijk");
	}

	@Test
	void eitherParticipantSaysWhatBecameOfATalkingPointDuringTheConversation() throws Exception {
		preparing.saveAndShare(demo.id("sanne.devries"), conversation,
				preparing.own(demo.id("sanne.devries"), conversation).version(), new PreparationDraft(Map.of(), Map.of(),
				List.of("Thuiswerken", "Opleiding"), null));
		talking.start(demo.id("pieter.jansen"), conversation);

		mvc.perform(post(base + "/talking-points/outcome").with(demo.as("pieter.jansen")).with(csrf())
				.header("HX-Request", "true").param("side", "EMPLOYEE").param("index", "1").param("outcome", "ANSWERED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tp-EMPLOYEE-1")));
		assertThat(preparing.own(demo.id("sanne.devries"), conversation).talkingPoints())
			.extracting(p -> p.discussed(), p -> p.outcome())
			.containsExactly(tuple(false, null), tuple(true, TalkingPoint.Outcome.ANSWERED));

		mvc.perform(post(base + "/talking-points/outcome").with(demo.as("sanne.devries")).with(csrf())
				.header("HX-Request", "true").param("side", "EMPLOYEE").param("index", "0").param("outcome", "PARKED")
				.param("note", ""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Schrijf op waarom")));
		assertThat(preparing.own(demo.id("sanne.devries"), conversation).talkingPoints().get(0).outcome()).isNull();

		mvc.perform(post(base + "/talking-points/outcome").with(demo.as("sanne.devries")).with(csrf())
				.param("side", "EMPLOYEE").param("index", "0").param("outcome", "PARKED")
				.param("note", "Na de reorganisatie"))
			.andExpect(status().is3xxRedirection());
		assertThat(preparing.own(demo.id("sanne.devries"), conversation).talkingPoints().get(0))
			.extracting(p -> p.outcome(), p -> p.outcomeNote())
			.containsExactly(TalkingPoint.Outcome.PARKED, "Na de reorganisatie");

		mvc.perform(post(base + "/talking-points/outcome").with(demo.as("lotte.bakker")).with(csrf())
				.param("side", "EMPLOYEE").param("index", "0").param("outcome", "ANSWERED"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCorrectionAfterLockingIsAddedToTheHistoryBothSee() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		talking.close(demo.id("sanne.devries"), conversation);
		mvc.perform(post(base + "/record/acknowledge").with(demo.as("sanne.devries")).with(csrf()).param("kind", "SEEN"));
		mvc.perform(post(base + "/record/acknowledge").with(demo.as("pieter.jansen")).with(csrf()).param("kind", "SEEN"));
		assertThat(page("sanne.devries", base + "/record")).contains("Het verslag is vastgelegd");

		mvc.perform(post(base + "/record/amendments").with(demo.as("pieter.jansen")).with(csrf())
				.param("text", "Correctie: de training is in maart, niet in februari."))
			.andExpect(status().is3xxRedirection());
		assertThat(page("sanne.devries", base + "/record")).contains("Correctie: de training is in maart",
				"Pieter Jansen, ");
		assertThat(page("pieter.jansen", base + "/record")).contains("Correctie: de training is in maart");
	}

	@Test
	void thePulseComesAfterAcknowledgingOnceForEachSideAndOnlyThePairSeesIt() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		talking.close(demo.id("sanne.devries"), conversation);
		String pulse = base + "/record/pulse";

		mvc.perform(post(pulse).with(demo.as("sanne.devries")).with(csrf()).param("good", "4").param("heard", "5"))
			.andExpect(flash().attribute("problem", MessageRef.of("pulse.error.acknowledgeFirst")));
		mvc.perform(post(base + "/record/acknowledge").with(demo.as("sanne.devries")).with(csrf()).param("kind", "SEEN"));
		mvc.perform(post(pulse).with(demo.as("sanne.devries")).with(csrf()).param("good", "9").param("heard", "5"))
			.andExpect(flash().attribute("problem", MessageRef.of("pulse.error.scale")));
		mvc.perform(post(pulse).with(demo.as("sanne.devries")).with(csrf()).param("good", "4").param("heard", "5"))
			.andExpect(flash().attribute("notice", "pulse.notice.thanks"));
		mvc.perform(post(pulse).with(demo.as("sanne.devries")).with(csrf()).param("good", "1").param("heard", "1"))
			.andExpect(flash().attribute("problem", MessageRef.of("pulse.error.answered")));
		mvc.perform(post(pulse).with(demo.as("lotte.bakker")).with(csrf()).param("good", "1").param("heard", "1"))
			.andExpect(status().isNotFound());

		assertThat(page("pieter.jansen", base + "/record")).contains("Het verloop van de gesprekken van Sanne en Pieter")
			.contains("Teken eerst het verslag voor gezien.").doesNotContain("Had de medewerker evenveel inbreng als ik?");
		mvc.perform(post(base + "/record/acknowledge").with(demo.as("pieter.jansen")).with(csrf()).param("kind", "SEEN"));
		assertThat(page("pieter.jansen", base + "/record")).contains("Had de medewerker evenveel inbreng als ik?")
			.doesNotContain("Voelde je je gehoord?");
		mvc.perform(get("/admin/conversations").with(demo.as("fatima.elamrani")))
			.andExpect(content().string(not(containsString("Het verloop van de gesprekken"))));
	}

	@Test
	void anEmptyZienswijzeIsRefusedWithoutLosingAnything() throws Exception {
		talking.start(demo.id("sanne.devries"), conversation);
		talking.close(demo.id("sanne.devries"), conversation);
		mvc.perform(post(base + "/record/view").with(demo.as("sanne.devries")).with(csrf()).param("text", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf eerst je zienswijze.")));
	}

	@Test
	void youPlanOnlyWithYourOwnManagerOrYourOwnReports() throws Exception {
		String date = LocalDateTime.now().plusDays(5).toLocalDate().toString();
		String card = cards.publishedCards().get(0).id().toString();
		mvc.perform(post("/conversations/plan").with(demo.as("sanne.devries")).with(csrf())
				.param("partnerId", demo.id("lotte.bakker").toString()).param("kind", "CHECK_IN").param("date", date)
				.param("time", "10:00").param("cardId", card))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alleen een gesprek plannen met je eigen leidinggevende")));
		mvc.perform(post("/conversations/plan").with(demo.as("pieter.jansen")).with(csrf())
				.param("partnerId", demo.id("bram.dekker").toString()).param("kind", "CHECK_IN").param("date", date)
				.param("time", "10:00").param("cardId", card))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alleen een gesprek plannen met je eigen leidinggevende")));
		mvc.perform(post("/conversations/plan").with(demo.as("pieter.jansen")).with(csrf())
				.param("partnerId", demo.id("lotte.bakker").toString()).param("kind", "ANNUAL").param("date", date)
				.param("time", "14:30").param("cardId", card))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aCancellationTellsTheOtherWhy() throws Exception {
		mvc.perform(post(base + "/cancel").with(demo.as("pieter.jansen")).with(csrf()).param("reason", "Ik ben op cursus")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("sanne.devries", base)).contains("Geannuleerd door Pieter Jansen", "Ik ben op cursus");
	}

	@Test
	void aPastDateIsRefusedAndTheFormKeepsItsValues() throws Exception {
		mvc.perform(post("/conversations/plan").with(demo.as("sanne.devries")).with(csrf())
				.param("partnerId", demo.id("pieter.jansen").toString()).param("kind", "CHECK_IN")
				.param("date", "2020-01-01").param("time", "09:15").param("cardId", cards.publishedCards().get(0).id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze datum ligt in het verleden")))
			.andExpect(content().string(containsString("value=\"09:15\"")));
	}

	/**
	 * PRIVACY.md: when an employee moves to another manager, the new manager sees the open agreements
	 * (on the agenda of their own first conversation), not the old conversation; the old manager, who
	 * took part in it, still does.
	 */
	@Test
	void aNewManagerSeesTheOpenAgreementsButNotTheOldConversation(
			@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
		var sanne = demo.id("sanne.devries");
		var pieter = demo.id("pieter.jansen");
		ConversationId held = planning.plan(sanne, pieter, ConversationKind.CHECK_IN, java.time.LocalDate.now().atTime(8, 0),
				cards.publishedCards().get(0).id());
		preparing.saveAndShare(sanne, held, null, draft("Wat Sanne voor het oude gesprek schreef"));
		preparing.saveAndShare(pieter, held, null, draft("Wat Pieter voor het oude gesprek schreef"));
		talking.start(pieter, held);
		talking.writeNote(pieter, held, "resultaten", null, "Een notitie uit het oude gesprek");
		talking.makeAgreement(pieter, held, "Het klantportaal uitzoeken", nl.goedgesprek.conversations.Side.EMPLOYEE,
				java.time.LocalDate.now().plusMonths(1), "resultaten");
		talking.close(pieter, held);
		String old = "/conversations/" + held;

		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value())
			.param("e", sanne.value())
			.update();

		for (String path : new String[] { old, old + "/record", old + "/preparation", old + "/talk" }) {
			mvc.perform(get(path).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
		}
		ConversationId next = planning.plan(sanne, demo.id("ingrid.hoekstra"), ConversationKind.CHECK_IN,
				LocalDateTime.now().plusDays(7), cards.publishedCards().get(0).id());
		assertThat(page("ingrid.hoekstra", "/conversations/" + next)).contains("Het klantportaal uitzoeken")
			.doesNotContain("Een notitie uit het oude gesprek", "Wat Sanne voor het oude gesprek schreef");
		assertThat(page("pieter.jansen", old + "/record")).contains("Een notitie uit het oude gesprek");

		String agreements = page("ingrid.hoekstra", "/agreements");
		assertThat(agreements).contains("Open afspraken van je medewerkers met hun vorige leidinggevende",
				"Het klantportaal uitzoeken", "Gemaakt met Pieter Jansen.").doesNotContain(old + "/record");
		assertThat(page("lotte.bakker", "/agreements")).doesNotContain("Het klantportaal uitzoeken");
		long agreement = jdbc.sql("select id from agreement where conversation_id = :c").param("c", held.value())
			.query(Long.class).single();
		mvc.perform(post("/agreements/" + agreement + "/progress").param("status", "IN_PROGRESS")
				.with(demo.as("ingrid.hoekstra")).with(csrf()))
			.andExpect(status().isNotFound());
	}


	/**
	 * Issue 11, class 1: after a move every source of earlier content goes through the one rule
	 * ({@code EarlierConversations}). The old pair's unshared record left a talking point open and
	 * finished an agreement; the new manager's agenda and "hielp het?" list showed both. Now only the
	 * open agreement comes along; sharing the record brings its agreements (part of a shared record)
	 * but never its talking points (part of the preparations).
	 */
	@Test
	void aNewManagersAgendaAndHelpedListDrawOnlyOnWhatTheRuleAllows(
			@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc,
			@Autowired nl.goedgesprek.followup.internal.AgreementFollowUp followUp,
			@Autowired nl.goedgesprek.conversations.internal.RecordShares shares) throws Exception {
		var sanne = demo.id("sanne.devries");
		var pieter = demo.id("pieter.jansen");
		var ingrid = demo.id("ingrid.hoekstra");
		ConversationId held = planning.plan(sanne, pieter, ConversationKind.CHECK_IN, LocalDateTime.now().plusHours(1),
				cards.publishedCards().get(0).id());
		preparing.saveAndShare(sanne, held, null,
				new PreparationDraft(Map.of(), Map.of(), List.of("Thuiswerken op vrijdag"), null));
		preparing.saveAndShare(pieter, held, null, draft("Pieters voorbereiding"));
		talking.start(pieter, held);
		talking.makeAgreement(pieter, held, "Cursus timemanagement volgen", nl.goedgesprek.conversations.Side.EMPLOYEE,
				java.time.LocalDate.now().plusMonths(1), "resultaten");
		talking.makeAgreement(pieter, held, "Het klantportaal uitzoeken", nl.goedgesprek.conversations.Side.EMPLOYEE,
				java.time.LocalDate.now().plusMonths(1), "resultaten");
		talking.close(pieter, held);
		long finished = jdbc.sql("select id from agreement where description = 'Cursus timemanagement volgen'")
			.query(Long.class).single();
		followUp.report(sanne, finished, null, nl.goedgesprek.conversations.AgreementStatus.DONE, "Gedaan");
		jdbc.sql("update employee set manager_id = :m where id = :e").param("m", ingrid.value()).param("e", sanne.value())
			.update();

		ConversationId next = planning.plan(sanne, ingrid, ConversationKind.CHECK_IN, LocalDateTime.now().plusHours(2),
				cards.publishedCards().get(0).id());
		talking.start(ingrid, next);
		String agenda = page("ingrid.hoekstra", "/conversations/" + next);
		String talk = page("ingrid.hoekstra", "/conversations/" + next + "/talk");
		assertThat(agenda + talk).contains("Het klantportaal uitzoeken")
			.doesNotContain("Thuiswerken op vrijdag", "Cursus timemanagement volgen");

		shares.share(sanne, held);
		String afterSharing = page("ingrid.hoekstra", "/conversations/" + next)
				+ page("ingrid.hoekstra", "/conversations/" + next + "/talk");
		assertThat(afterSharing).contains("Cursus timemanagement volgen").doesNotContain("Thuiswerken op vrijdag");
		shares.withdraw(sanne, held);
		assertThat(page("ingrid.hoekstra", "/conversations/" + next + "/talk")).doesNotContain("Cursus timemanagement volgen");
	}

}
