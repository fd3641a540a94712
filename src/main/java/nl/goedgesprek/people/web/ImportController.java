package nl.goedgesprek.people.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.internal.ImportColumn;
import nl.goedgesprek.people.internal.ImportFile;
import nl.goedgesprek.people.internal.ImportPreview;
import nl.goedgesprek.people.internal.ImportRow;
import nl.goedgesprek.people.internal.InvitationRounds;
import nl.goedgesprek.people.internal.PeopleImport;
import nl.goedgesprek.shared.MessageRef;

/**
 * Importing people from a CSV file: upload, see what would happen row by row, then import all or
 * nothing. The file's text travels in the confirm form, so no upload is kept on the server.
 */
@Controller
@RequestMapping(ImportController.PATH)
class ImportController {

	static final String PATH = "/admin/import";

	static final String VIEW = "people/import";

	/** Set by {@link ImportUploadLimitFilter} when the server refused a file too large to receive. */
	static final String TOO_LARGE = "tooLarge";

	private final PeopleImport peopleImport;

	private final AdminGuard guard;

	private final InvitationRounds invitations;

	ImportController(PeopleImport peopleImport, AdminGuard guard, InvitationRounds invitations) {
		this.invitations = invitations;
		this.peopleImport = peopleImport;
		this.guard = guard;
	}

	@GetMapping
	String start(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = TOO_LARGE, required = false) String tooLarge,
			Model model) {
		guard.requirePeopleManager(user);
		if (tooLarge != null) {
			model.addAttribute("uploadError", tooLarge());
		}
		return page(model);
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		guard.requirePeopleManager(user);
		if (file.getSize() > PeopleImport.MAX_FILE_SIZE.toBytes()) {
			model.addAttribute("uploadError", tooLarge());
			return page(model);
		}
		Optional<ImportFile> upload = ImportFile.read(file.getBytes());
		model.addAttribute("preview", upload.map(text -> peopleImport.preview(user.id(), text.text()))
			.orElseGet(() -> ImportPreview.refused("import.error.encoding")));
		model.addAttribute("csv", upload.map(ImportFile::text).orElse(null));
		model.addAttribute("readAsWindows1252", upload.filter(ImportFile::readAsWindows1252).isPresent());
		model.addAttribute("fileName", file.getOriginalFilename());
		return page(model);
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam("csv") String csv, Model model,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		ImportPreview result = peopleImport.importAll(user.id(), csv);
		if (!result.valid()) {
			model.addAttribute("preview", result);
			model.addAttribute("csv", csv);
			model.addAttribute("changedSincePreview", true);
			return page(model);
		}
		redirect.addFlashAttribute("imported", result.count(ImportRow.Action.NEW));
		redirect.addFlashAttribute("updated", result.count(ImportRow.Action.UPDATE));
		// Those in the file who cannot sign in yet, ready to invite with one button on the next page.
		invitations.prepareForImport(user.id(), result.rows().stream().map(ImportRow::email).toList())
			.ifPresent(round -> redirect.addFlashAttribute("importRound", round));
		return "redirect:/admin/people";
	}

	private static MessageRef tooLarge() {
		return MessageRef.of("import.error.tooLarge", PeopleImport.MAX_FILE_SIZE.toMegabytes());
	}

	private String page(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		return VIEW;
	}

}
