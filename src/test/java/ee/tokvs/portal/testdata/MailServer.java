package ee.tokvs.portal.testdata;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for every test run: GreenMail on a free port of the loopback (so that runs side by side do not
 * meet), with the portal's mailer pointed at it. A test reads what arrived through a field marked {@link Inject}.
 * Global (not restricted to a class), so every test class shares one application and one server.
 */
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    /** Marks a test's {@code GreenMail} field: the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, GreenMail.class));
    }

    /** The messages that arrived for this address so far. */
    public static List<Message> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressed(m, address)).map(m -> (Message) m)
                .toList();
    }

    private static boolean addressed(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a instanceof InternetAddress i && address.equalsIgnoreCase(i.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a message's body, decoded. */
    public static String body(Message message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of a message: its body, or its text/plain part when it has parts (text and HTML). */
    public static String text(Message message) {
        try {
            return text((Part) message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws IOException, MessagingException {
        Object content = part.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = text(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? String.valueOf(content) : null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
