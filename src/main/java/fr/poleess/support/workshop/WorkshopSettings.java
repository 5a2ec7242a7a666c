package fr.poleess.support.workshop;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import fr.poleess.support.shared.Settings;

/**
 * Settings of collective time, {@code support.workshops.*} in {@code application.yaml}. Bound under the
 * bean name {@value CollectiveSessionProcess.BreakfastPlanning#SETTINGS_BEAN}, which the monthly timer reads.
 *
 * @param breakfastPlanningCron when the planning of next month's petit déj' opens in each territory: a
 *        6-field cron (seconds first) in the server's time zone
 * @param breakfastTime proposed start when no petit déj' was held last month
 * @param breakfastDurationMinutes proposed duration when none was held last month
 * @param breakfastCapacity proposed number of places when none was held last month
 * @param signInSheet the sign-in sheet's organisation header and funders' footer
 */
@ConfigurationProperties("support.workshops")
@Validated
public record WorkshopSettings(
        @NotNull String breakfastPlanningCron,
        @NotNull LocalTime breakfastTime,
        @NotNull @Positive Integer breakfastDurationMinutes,
        @NotNull @Positive Integer breakfastCapacity,
        @NotNull @Valid SignInSheet signInSheet) {

    /**
     * @param organisation first line of the header
     * @param organisationDetails second line of the header (address, phone)
     * @param footerText funders' mention printed at the foot of every page; none when blank
     * @param footerLogos image files (PNG or JPEG) printed in the footer, left to right; missing files are skipped
     * @param spareLines blank lines left for people who come without being registered
     */
    public record SignInSheet(
            @NotNull String organisation,
            @NotNull String organisationDetails,
            String footerText,
            List<String> footerLogos,
            @NotNull @PositiveOrZero Integer spareLines) {

        public SignInSheet {
            footerLogos = footerLogos == null ? List.of() : List.copyOf(footerLogos);
        }
    }

    /** The defaults, as {@code application.yaml} states them: what process tests run with. */
    public static WorkshopSettings defaults() {
        return Settings.defaults("support.workshops", WorkshopSettings.class);
    }
}
