package nl.goedgesprek.privacy.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.privacy.internal.EverythingAboutYou;
import nl.goedgesprek.privacy.internal.PersonalExports;

/**
 * "Alles wat over jou is vastgelegd" (art. 15 GDPR): the page of everything kept about the signed-in
 * person, and its download as a ZIP (PDF and JSON, art. 20) built in the background. Every address
 * is about the signed-in person only: there is no id of a person in them, and an export id of
 * someone else answers "not found", also for HR and administrators.
 */
@Controller
class MyDataController {

	static final String PAGE = "privacy/my-data";

	static final String STATUS = "privacy/my-data :: export";

	private final EverythingAboutYou everything;

	private final PersonalExports exports;

	MyDataController(EverythingAboutYou everything, PersonalExports exports) {
		this.everything = everything;
		this.exports = exports;
	}

	@GetMapping("/me/data")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("report", everything.of(user.id()));
		model.addAttribute("export", exports.latest(user.id()).orElse(null));
		return PAGE;
	}

	@PostMapping("/me/data/export")
	String start(@AuthenticationPrincipal CurrentUser user, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		long id = exports.start(user.id(), locale);
		if (htmx != null) {
			model.addAttribute("export", exports.find(user.id(), id).orElseThrow());
			return STATUS;
		}
		return "redirect:/me/data#export";
	}

	/** The small status fragment htmx asks for every two seconds while the export is built. */
	@GetMapping("/me/data/export/{id}")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("export", exports.find(user.id(), id).orElseThrow(MyDataController::notFound));
		return htmx != null ? STATUS : "redirect:/me/data#export";
	}

	@GetMapping("/me/data/export/{id}/download")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		byte[] zip = exports.download(user.id(), id).orElseThrow(MyDataController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("goedgesprek-gegevens-" + id + ".zip").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(zip);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
