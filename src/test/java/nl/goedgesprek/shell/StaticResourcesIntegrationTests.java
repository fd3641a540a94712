package nl.goedgesprek.shell;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The static files are served under their own folders only, so the resource chain never looks up a
 * page's links (see {@link StaticResources}): the files and the WebJar still come, the chain still
 * writes the WebJar's link, and a link to a page is left alone without a lookup.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void servesEveryStaticFolderAndTheWebJar() throws Exception {
		mvc.perform(get("/css/goedgesprek.css")).andExpect(status().isOk());
		mvc.perform(get("/js/autosave.js")).andExpect(status().isOk());
		mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void patternsComeFromTheFoldersUnderStatic() {
		assertThat(StaticResources.patterns()).contains("/css/**", "/js/**", "/img/**").doesNotContain("/**");
	}

	@Test
	void noCatchAllPatternSoPageLinksAreNeverLookedUp() {
		assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**").containsKey("/webjars/**");
		assertThat(resourceUrls.getForLookupPath("/conversations/42")).isNull();
		assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js")).contains("/webjars/htmx.org/");
	}

	@Test
	void aPageStillLinksItsStylesheetAndScripts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/css/goedgesprek.css")))
			.andExpect(content().string(containsString("/webjars/htmx.org/")));
	}

	@Test
	void anUnknownAddressIsANotFoundPage() throws Exception {
		mvc.perform(get("/no-such-page").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
