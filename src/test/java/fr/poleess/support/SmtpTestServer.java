package fr.poleess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 for the tests that check what the application e-mails.
 * Each test class takes its own free port, so classes never read each other's mail; a test can stop
 * the server and start it again on the same port to play an outage.
 */
public final class SmtpTestServer {

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

    /** Points the application's mail sender at that port. */
    public static void register(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }
}
