package nl.goedgesprek.insights;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard figures on H2, the embedded database. */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
class InsightsFiguresH2IntegrationTests extends InsightsFiguresTests {

}
