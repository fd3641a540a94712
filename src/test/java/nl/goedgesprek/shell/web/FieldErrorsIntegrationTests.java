package nl.goedgesprek.shell.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After a refused submit, every field error is tied to its field (FieldErrorsDialect): the field is
 * aria-invalid and its aria-describedby names the error's id, and every id it names is on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class FieldErrorsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Test
	void thePlanFormTiesPartnerKindAndCardErrorsToTheirFields() throws Exception {
		Document page = refused(post("/conversations/plan").param("partnerId", "").param("kind", "")
			.param("cardId", "").param("date", "").param("time", ""), "sanne.devries");
		assertTied(page, "partnerId");
		assertTied(page, "kind");
		assertEveryErrorIsTied(page);
	}

	@Test
	void theCardFormTiesItsDescriptionErrorToItsField() throws Exception {
		Document page = refused(post("/admin/cards/new").param("name", "").param("description", "x".repeat(501))
			.param("suggestedFor", ""), "fatima.elamrani");
		assertTied(page, "description");
		assertTied(page, "name");
		assertEveryErrorIsTied(page);
	}

	private Document refused(MockHttpServletRequestBuilder request, String person) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(csrf()).with(demo.as(person))).andReturn().getResponse()
			.getContentAsString());
	}

	/** Every field of that name is invalid and described by its error, which is on the page. */
	private static void assertTied(Document page, String field) {
		assertThat(page.getElementById(field + "-error")).as(field + "-error on the page").isNotNull();
		var fields = page.select("[name=" + field + "]:not([type=hidden])");
		assertThat(fields).as("fields named " + field).isNotEmpty();
		for (Element element : fields) {
			assertThat(element.attr("aria-invalid")).as(field + " aria-invalid").isEqualTo("true");
			assertThat(element.attr("aria-describedby").split(" ")).as(field + " aria-describedby").contains(field + "-error");
		}
	}

	/** No error stands alone, and no aria-describedby points at nothing. */
	private static void assertEveryErrorIsTied(Document page) {
		assertThat(page.select(".field__error")).isNotEmpty();
		for (Element error : page.select(".field__error")) {
			assertThat(page.select("[aria-describedby~=(^|\\s)" + error.id() + "(\\s|$)]")).as(error.id() + " described").isNotEmpty();
		}
		for (Element described : page.select("[aria-describedby]")) {
			for (String id : described.attr("aria-describedby").split("\\s+")) {
				if (!id.endsWith("-counter")) {
					assertThat(page.getElementById(id)).as(id + " exists").isNotNull();
				}
			}
		}
	}

}
