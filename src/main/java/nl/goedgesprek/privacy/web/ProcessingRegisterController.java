package nl.goedgesprek.privacy.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.people.People;
import nl.goedgesprek.privacy.internal.EverythingAboutYou;
import nl.goedgesprek.privacy.internal.PersonalExports;
import nl.goedgesprek.shared.PdfDocuments;

/**
 * The processing description (art. 30 GDPR) that the organisation's privacy officer puts in their
 * register, for HR and administrators ({@code AccessRules.mayReadProcessingRegister}): as a page and
 * as a PDF. The categories of personal data come from the modules' {@code PersonalData} sections, the
 * same ones a person's export holds, so the description names what the application really keeps.
 */
@Controller
class ProcessingRegisterController {

	static final String PAGE = "privacy/register";

	static final String PDF = "privacy/register-pdf";

	/** The retention settings page (issue 13, items 3 and 4), built beside this one. */
	static final String RETENTION = "/admin/privacy/retention";

	private final EverythingAboutYou everything;

	private final People people;

	private final PdfDocuments documents;

	private final nl.goedgesprek.privacy.internal.RetentionTerms retention;

	ProcessingRegisterController(EverythingAboutYou everything, People people, PdfDocuments documents,
			nl.goedgesprek.privacy.internal.RetentionTerms retention) {
		this.everything = everything;
		this.people = people;
		this.documents = documents;
		this.retention = retention;
	}

	@GetMapping("/admin/privacy/register")
	String page(Model model) {
		model.addAllAttributes(facts());
		return PAGE;
	}

	@GetMapping("/admin/privacy/register/pdf")
	ResponseEntity<byte[]> pdf(Locale locale) {
		return documents.download(PDF, facts(), locale, "verwerkingsregister-goedgesprek.pdf");
	}

	private Map<String, Object> facts() {
		// a plain path: the PDF is rendered outside a web request, where @{...} links cannot be built
		return Map.of("overview", people.overview(), "categories", everything.categories(), "notShown",
				everything.notShown(), "exportDays", PersonalExports.keepDays(), "retentionPath", RETENTION, "terms",
				retention.current());
	}

}
