package nl.goedgesprek.privacy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's path: the retention page from the organisation settings, then a departed
 * person's page, "Gegevens verwijderen", the confirmation with reason and name, and the person gone
 * from the list under "Verwijderde medewerker". Screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=erasure-browser")
@ActiveProfiles("test")
@Import(DemoUsers.class)
class ErasureBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorFindsRetentionAndErasesADepartedPerson() {
		long femke = demo.id("femke.degraaf").value();
		jdbc.sql("update employee set active = false, employment_end = :end where id = :id")
			.param("end", java.sql.Date.valueOf(LocalDate.now().minusMonths(2))).param("id", femke).update();
		signIn("jeroen.bos", "Welkom, Jeroen");
		open("/admin/organisation", "Organisatie");
		follow("Bewaartermijnen", "Bewaartermijnen");
		Browser.screenshot(browser, "retention");
		open("/people/" + femke, "Femke de Graaf");
		follow("Gegevens verwijderen (AVG art. 17)", "Gegevens van Femke de Graaf verwijderen");
		browser.findElement(By.id("reason")).sendKeys("Verzoek van de medewerker, kenmerk AVG-17-002");
		browser.findElement(By.id("confirmName")).sendKeys("Femke de Graaf");
		Browser.screenshot(browser, "erasure-confirm");
		clickThrough("form button.button--danger", "Mensen");
		awaitText(".notice--success", "De gegevens zijn verwijderd");
		assertThat(jdbc.sql("select name from employee where id = :id").param("id", femke).query(String.class).single())
			.isEqualTo("Verwijderde medewerker");
	}

}
