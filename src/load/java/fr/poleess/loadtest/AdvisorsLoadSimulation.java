package fr.poleess.loadtest;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Many advisors at once over HTTP, as Tasklist's calls do it: each lists the tasks assigned to them,
 * opens the oldest (the task and its form variables) and submits its form with valid values, in a
 * loop, for a bounded time. Before the load, the setup creates the advisors (engine REST, as an
 * administrator, in the Beaune advisors group) and has each open a few journeys through our API and
 * claim their reception: a journey then gives its referent an endless chain of tasks (reception,
 * agreement, signature, one appointment after another).
 * <p>
 * System properties: {@code load.baseUrl} (http://127.0.0.1:8080), {@code load.adminUser} (admin),
 * {@code load.adminPassword} (demo), {@code load.advisors} (50), {@code load.journeysPerAdvisor} (2),
 * {@code load.seconds} (60), {@code load.prefix} (advisor ids, so that two runs on one database differ).
 * Fails (Gatling assertion) when any call fails.
 */
public class AdvisorsLoadSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
    private static final String ADMIN = System.getProperty("load.adminUser", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("load.adminPassword", "demo");
    private static final int ADVISORS = Integer.getInteger("load.advisors", 50);
    private static final int JOURNEYS_PER_ADVISOR = Integer.getInteger("load.journeysPerAdvisor", 2);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    private static final String PREFIX = System.getProperty("load.prefix", "charge" + (System.currentTimeMillis() % 100_000));
    /** Meets the password policy (12 characters, four kinds). */
    private static final String PASSWORD = "Conseil-Charge-2026!";
    private static final String GROUP = "advisors-beaune";
    private static final String TASKS = String.join(",", "Task_HoldReception", "Task_PrepareAgreement",
            "Task_SignAgreement", "Task_HoldAppointment");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final ChainBuilder work = exec(
            http("list my tasks").get("/engine-rest/task")
                    .queryParam("assignee", "#{advisor}")
                    .queryParam("taskDefinitionKeyIn", TASKS)
                    .queryParam("sortBy", "created").queryParam("sortOrder", "asc")
                    .queryParam("firstResult", 0).queryParam("maxResults", 15)
                    .basicAuth("#{advisor}", PASSWORD)
                    .check(status().is(200),
                            jsonPath("$[0].id").saveAs("taskId"),
                            jsonPath("$[0].taskDefinitionKey").saveAs("taskKey")))
            .exec(http("open the task").get("/engine-rest/task/#{taskId}")
                    .basicAuth("#{advisor}", PASSWORD).check(status().is(200)))
            .exec(http("read its form variables").get("/engine-rest/task/#{taskId}/form-variables")
                    .basicAuth("#{advisor}", PASSWORD).check(status().is(200)))
            .exec(session -> session.set("form", form(session.getString("taskKey"))))
            .exec(http("submit the form").post("/engine-rest/task/#{taskId}/submit-form")
                    .basicAuth("#{advisor}", PASSWORD)
                    .body(StringBody("#{form}"))
                    .check(status().in(200, 204)));

    private final ScenarioBuilder advisors = scenario("50 advisors at work")
            .feed(listFeeder(IntStream.rangeClosed(1, ADVISORS)
                    .mapToObj(i -> Map.<String, Object>of("advisor", advisor(i))).toList()).queue())
            .during(Duration.ofSeconds(SECONDS)).on(work);

    {
        setUp(advisors.injectOpen(atOnceUsers(ADVISORS))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        long start = System.nanoTime();
        waitUntilReady();
        IntStream.rangeClosed(1, ADVISORS).parallel().forEach(this::createAdvisorWithJourneys);
        System.out.printf("Setup: %d advisors with %d journeys each in %d s%n", ADVISORS, JOURNEYS_PER_ADVISOR,
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    private void createAdvisorWithJourneys(int i) {
        String id = advisor(i);
        call("POST", "/engine-rest/user/create", ADMIN, ADMIN_PASSWORD, """
                {"profile":{"id":"%s","firstName":"Conseiller","lastName":"Charge %d","email":"%s@example.org"},
                 "credentials":{"password":"%s"}}""".formatted(id, i, id, PASSWORD));
        call("PUT", "/engine-rest/group/" + GROUP + "/members/" + id, ADMIN, ADMIN_PASSWORD, null);
        for (int j = 0; j < JOURNEYS_PER_ADVISOR; j++) {
            String opened = call("POST", "/api/journeys", id, PASSWORD, """
                    {"firstName":"Élodie","lastName":"Charge-%d-%d","email":"charge.%d.%d@example.org",
                     "phone":"06 12 34 56 78","commune":"Beaune","birthYear":1990,"gender":"FEMALE",
                     "situation":"JOB_SEEKER","cameThrough":"WORD_OF_MOUTH","consentGiven":true}"""
                    .formatted(i, j, i, j));
            String reference = first(REFERENCE, opened);
            String tasks = call("GET", "/engine-rest/task?firstResult=0&maxResults=5&processInstanceBusinessKey="
                    + reference, id, PASSWORD, null);
            call("POST", "/engine-rest/task/" + first(ID, tasks) + "/claim", id, PASSWORD,
                    "{\"userId\":\"" + id + "\"}");
        }
    }

    /** The application answers 503 until its start-up work is done. */
    private void waitUntilReady() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = send("GET", "/api/journeys?size=1", ADMIN, ADMIN_PASSWORD, null);
                if (response.statusCode() != 503) {
                    return;
                }
                Thread.sleep(1_000);
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The application at " + BASE_URL + " did not become ready");
    }

    private String call(String method, String path, String user, String password, String body) {
        try {
            HttpResponse<String> response = send(method, path, user, password, body);
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("Nothing matches " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String advisor(int i) {
        return PREFIX + "." + i;
    }

    /** Valid values of each task's form, typed as Tasklist's forms send them. */
    static String form(String taskKey) {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        List<String> fields = new ArrayList<>();
        switch (taskKey) {
            case "Task_HoldReception" -> {
                fields.add(text("receptionDate", today));
                fields.add(text("receptionMode", "ON_SITE"));
                fields.add(text("projectSummary", "Épicerie solidaire itinérante."));
                fields.add(text("projectSector", "TRADE"));
                fields.add(text("needs", "Étude de marché, prévisionnel financier."));
                fields.add(text("receptionDecision", "AGREEMENT"));
            }
            case "Task_PrepareAgreement" -> {
                fields.add(text("agreementStartDate", today));
                fields.add(number("agreementDurationMonths", 12));
                fields.add(text("agreementObjectives", "Valider le projet, construire le prévisionnel."));
            }
            case "Task_SignAgreement" -> {
                fields.add(text("agreementSignedOn", today));
                fields.add("\"signatureConfirmed\":{\"value\":true,\"type\":\"Boolean\"}");
            }
            case "Task_HoldAppointment" -> {
                fields.add(text("appointmentDate", today));
                fields.add(text("appointmentTime", "10:00"));
                fields.add(number("appointmentDurationMinutes", 60));
                fields.add(text("appointmentMode", "PHONE"));
                fields.add(text("stepsDone", "Premiers chiffres du prévisionnel."));
                fields.add(text("nextSteps", "Rencontrer deux fournisseurs."));
                fields.add(text("appointmentDecision", "CONTINUE"));
            }
            default -> throw new IllegalArgumentException("No form values for " + taskKey);
        }
        return "{\"variables\":{" + String.join(",", fields) + "}}";
    }

    private static String text(String name, String value) {
        return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    private static String number(String name, long value) {
        return "\"" + name + "\":{\"value\":" + value + ",\"type\":\"Long\"}";
    }
}
