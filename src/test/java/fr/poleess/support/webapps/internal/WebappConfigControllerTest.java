package fr.poleess.support.webapps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import fr.poleess.support.webapps.WebappSettings;

class WebappConfigControllerTest {

    @Test
    void byDefaultEveryBrowserGetsFrench() {
        WebappConfigController controller = new WebappConfigController(new WebappSettings(List.of("fr")));

        for (String app : WebappConfigController.APPS) {
            String script = controller.config(app).getBody();
            assertThat(script).startsWith("/*").contains("export default {",
                    "locales: { availableLocales: ['fr'], fallbackLocale: 'fr' }", "customScripts: ['../parcours/francais']");
        }
        assertThat(controller.config("tasklist").getBody()).contains("description: 'prendre la tâche sélectionnée'")
                .doesNotContain("claims the currently selected task");
    }

    @Test
    void anOperatorMayLetEnglishBrowsersKeepEnglish() {
        WebappConfigController controller = new WebappConfigController(new WebappSettings(List.of("fr", "en")));

        assertThat(controller.config("cockpit").getBody())
                .contains("locales: { availableLocales: ['fr', 'en'], fallbackLocale: 'fr' }");
        assertThat(controller.config("unknown").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyLanguagesWithTextsAreAccepted() {
        assertThatThrownBy(() -> new WebappSettings(List.of("fr", "es"))).hasMessageContaining("fr, en, de");
        assertThatThrownBy(() -> new WebappSettings(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
