package nl.goedgesprek.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
import nl.goedgesprek.people.internal.ImportPreview;
import nl.goedgesprek.people.internal.ImportRow;
import nl.goedgesprek.people.internal.PeopleImport;

/**
 * Importing people from a CSV file: upload, see what would happen row by row, then import all or
 * nothing. The file's text travels in the confirm form, so no upload is kept on the server.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	static final String VIEW = "people/import";

	private final PeopleImport peopleImport;

	private final AdminGuard guard;

	ImportController(PeopleImport peopleImport, AdminGuard guard) {
		this.peopleImport = peopleImport;
		this.guard = guard;
	}

	@GetMapping
	String start(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requirePeopleManager(user);
		return page(model);
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		guard.requirePeopleManager(user);
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		model.addAttribute("preview", peopleImport.preview(user.id(), csv));
		model.addAttribute("csv", csv);
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
		redirect.addFlashAttribute("notice", "import.notice.done");
		redirect.addFlashAttribute("imported", result.count(ImportRow.Action.NEW));
		redirect.addFlashAttribute("updated", result.count(ImportRow.Action.UPDATE));
		return "redirect:/admin/people";
	}

	private String page(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		return VIEW;
	}

}
