package fr.poleess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 for the tests that check what the application e-mails.
 * <p>
 * The full-application tests share one server per test JVM ({@link #running()}, on a port chosen once),
 * so that the mail settings are the same for all of them and Spring's context cache gives them one
 * application: a test empties the mailboxes before it runs and reads only the addresses it created (jobs
 * run only when a test fires them, so no other class sends meanwhile). A test may stop the server to play
 * an outage; {@link #running()} starts it again on the same port.
 */
public final class SmtpTestServer {

    private static final int SHARED_PORT = freePort();
    private static GreenMail shared;

    private SmtpTestServer() {
    }

    /** A port nothing listens on now; tests bind to 127.0.0.1 only. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running server on that port. */
    public static GreenMail started(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** The test JVM's shared server, started on first use and again if a test stopped it. */
    public static synchronized GreenMail running() {
        if (shared == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(SmtpTestServer::stopShared, "smtp-test-server-shutdown"));
        }
        if (shared == null || !shared.isRunning()) {
            shared = started(SHARED_PORT);
        }
        return shared;
    }

    private static synchronized void stopShared() {
        if (shared != null) {
            shared.stop();
        }
    }

    /** Points the application's mail sender at the shared server, started when Spring reads the port. */
    public static void registerShared(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> running().getSmtp().getPort());
    }
}
