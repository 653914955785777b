package ee.tokvs.portal.worklist;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.OnBehalf;
import ee.tokvs.portal.access.RowLevelSecurity;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.time.Clocks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The worklist by e-mail, every morning ({@code tokvs.worklist.mail-cron}, 06:00 in Tallinn), to each person who opted
 * in, in their language: their insurer's {@link Worklist} as it stands that day, worked out as they would see it (the
 * job acts as them, {@link OnBehalf}, so row-level security applies), and nothing when it is empty.
 *
 * <p>Once a day however many instances run it: each person's mail is sent in the transaction that writes their row of
 * the day in worklist_mail_sent (V25). A second run, here or on another instance, waits on that row's key until the
 * first commits, then finds it taken and sends nothing; a mail that could not be sent rolls its row back, so the next
 * run tries again; a run that stopped half-way leaves only the people it did not reach for the next.
 */
@ApplicationScoped
public class WorklistMail {

    private static final Logger LOG = Logger.getLogger(WorklistMail.class);

    @CheckedTemplate(basePath = "worklist")
    static class Templates {
        static native TemplateInstance mail(Worklist worklist, String portal, String name);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OnBehalf onBehalf;

    @Inject
    Worklists worklists;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** Where the mail's links lead: the portal's address as its users reach it. */
    @ConfigProperty(name = "tokvs.worklist.portal-url")
    String portalUrl;

    private ExecutorService runs;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        ClassLoader loader = WorklistMail.class.getClassLoader();
        runs = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "worklist-mail-" + count.incrementAndGet());
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }

    @Scheduled(cron = "${tokvs.worklist.mail-cron}", timeZone = "${tokvs.worklist.mail-time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            send(Clocks.today(clock));
        } catch (RuntimeException e) {
            // whoever was not reached is reached by the next run the same day, or not at all that day
            LOG.warnf("the worklist's morning mail failed: %s", e.getMessage());
        }
    }

    /**
     * Sends the day's worklist to everyone who opted in and has not had that day's yet; returns how many mails went
     * out. Runs on a thread of its own: acting as each person needs a request context of its own.
     */
    public int send(LocalDate day) {
        try {
            return runs.submit(() -> sendAll(day)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the worklists", e);
        }
    }

    private int sendAll(LocalDate day) {
        int sent = 0;
        for (Subscriptions.Subscription person : waiting(day)) {
            try {
                sent += sendOne(person, day) ? 1 : 0;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("the worklist of %s for %s was not mailed: %s", person.username(), day, e.getMessage());
            }
        }
        return sent;
    }

    /** Everyone who opted in and has no row of the day yet, read across insurers (read-only). */
    private List<Subscriptions.Subscription> waiting(LocalDate day) {
        List<Subscriptions.Subscription> waiting = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, ActingInsurer.ALL_READ_ONLY);
            try (PreparedStatement select = connection.prepareStatement("select s.insurer_code, s.username,"
                    + " s.display_name, s.role, s.org_alias, s.email, s.language from worklist_subscription s"
                    + " where not exists (select 1 from worklist_mail_sent m where m.insurer_code = s.insurer_code"
                    + " and m.username = s.username and m.day = ?) order by s.insurer_code, s.username")) {
                select.setObject(1, day);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        waiting.add(Subscriptions.of(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)}));
                    }
                }
            } finally {
                RowLevelSecurity.setInsurer(connection, ActingInsurer.NOBODY);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read who gets the worklist: " + e.getMessage(), e);
        }
        return waiting;
    }

    /** Claims the person's day, then works out and sends their worklist; true if a mail went out. */
    private boolean sendOne(Subscriptions.Subscription person, LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, person.insurerCode());
            connection.setAutoCommit(false);
            try {
                if (!claim(connection, person, day)) {
                    connection.rollback();
                    return false;
                }
                Worklist worklist = onBehalf.call(person.actor(), () -> worklists.withAttention(day));
                boolean mailed = !worklist.isEmpty();
                if (mailed) {
                    mailer.send(mail(person, worklist));
                }
                try (PreparedStatement done = connection.prepareStatement("update worklist_mail_sent set mailed = ?"
                        + " where insurer_code = ? and username = ? and day = ?")) {
                    done.setBoolean(1, mailed);
                    done.setString(2, person.insurerCode());
                    done.setString(3, person.username());
                    done.setObject(4, day);
                    done.executeUpdate();
                }
                connection.commit();
                return mailed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                RowLevelSecurity.setInsurer(connection, ActingInsurer.NOBODY);
            }
        }
    }

    /**
     * The person's row of the day, written and held until this transaction ends: another run's insert waits on its key
     * and then does nothing. False if another run has it already.
     */
    private static boolean claim(Connection connection, Subscriptions.Subscription person, LocalDate day)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into worklist_mail_sent (insurer_code,"
                + " username, day, mailed) values (?, ?, ?, false) on conflict do nothing")) {
            insert.setString(1, person.insurerCode());
            insert.setString(2, person.username());
            insert.setObject(3, day);
            return insert.executeUpdate() == 1;
        }
    }

    private Mail mail(Subscriptions.Subscription person, Worklist worklist) {
        WorklistMessages texts = MessageBundles.get(WorklistMessages.class,
                Localized.Literal.of(person.language().code));
        TemplateInstance body = Templates.mail(worklist, portalUrl.replaceAll("/+$", ""), person.displayName());
        body.setLocale(person.language().locale);
        return Mail.withHtml(person.email(), texts.worklist_mail_subject(Figures.date(worklist.day())), body.render());
    }
}
