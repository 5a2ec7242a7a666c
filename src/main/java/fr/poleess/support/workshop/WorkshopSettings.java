package fr.poleess.support.workshop;

import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record WorkshopSettings(
        @DefaultValue("0 0 9 1 * ?") String breakfastPlanningCron,
        @DefaultValue("09:30") LocalTime breakfastTime,
        @DefaultValue("120") int breakfastDurationMinutes,
        @DefaultValue("12") int breakfastCapacity,
        @DefaultValue SignInSheet signInSheet) {

    /**
     * @param organisation first line of the header
     * @param organisationDetails second line of the header (address, phone)
     * @param footerText funders' mention printed at the foot of every page; none when blank
     * @param footerLogos image files (PNG or JPEG) printed in the footer, left to right; missing files are skipped
     * @param spareLines blank lines left for people who come without being registered
     */
    public record SignInSheet(
            @DefaultValue("Pôle d'économie solidaire de l'agglomération dijonnaise") String organisation,
            @DefaultValue("10 rue de la Liberté, 21000 Dijon — 03 80 50 90 47") String organisationDetails,
            String footerText,
            List<String> footerLogos,
            @DefaultValue("6") int spareLines) {

        public SignInSheet {
            footerLogos = footerLogos == null ? List.of() : List.copyOf(footerLogos);
        }
    }

    /** The defaults, as {@code application.yaml} states them: what process tests run with. */
    public static WorkshopSettings defaults() {
        return new Binder().bindOrCreate("support.workshops", WorkshopSettings.class);
    }
}
