package ee.tokvs.portal.worklist;

import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.AsUser;
import ee.tokvs.portal.testdata.MailServer;
import ee.tokvs.portal.testdata.People;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worklist of a day and its morning mail, on insurers of the test's own: follow-ups before the day are overdue, on
 * it due today, within the coming days coming, later ones not yet there; an old reserve of an open claim is to be
 * reviewed; another insurer's follow-ups never show. The mail goes once a day to each person who opted in, in their
 * language, through the test run's SMTP server (testdata/MailServer), however often and however concurrently the job
 * runs, and not at all for an empty worklist.
 */
@QuarkusTest
class WorklistTest {

    @Inject
    Register register;

    @Inject
    AsUser asUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    FollowUps followUps;

    @Inject
    Worklists worklists;

    @Inject
    Subscriptions subscriptions;

    @Inject
    WorklistMail mail;

    @Inject
    Clock clock;

    @MailServer.Inject
    GreenMail server;

    private LocalDate today;
    private String insurerA;
    private String insurerB;

    @BeforeEach
    void twoInsurers() {
        today = Clocks.today(clock);
        insurerA = insurer("Järjekorra Kindlustus AS");
        insurerB = insurer("Teise Järjekorra Kindlustus AS");
    }

    @Test
    void followUpsAreOverdueDueTodayOrComingRelativeToTheDayAndOnlyTheInsurersOwn() {
        long early = claimWithFollowUp(insurerA, today.plusDays(1), "helista patsiendile");
        long onTheDay = claimWithFollowUp(insurerA, today.plusDays(2), null);
        long withinAWeek = claimWithFollowUp(insurerA, today.plusDays(9), "ekspertiis");
        long later = claimWithFollowUp(insurerA, today.plusDays(10), null);
        long othersOnTheDay = claimWithFollowUp(insurerB, today.plusDays(2), "teise kindlustusandja");

        Worklist a = worklistOf(insurerA, today.plusDays(2));
        assertEquals(List.of(early), ids(a.overdue()));
        assertEquals("helista patsiendile", a.overdue().get(0).note());
        assertEquals(List.of(onTheDay), ids(a.dueToday()));
        assertEquals(List.of(withinAWeek), ids(a.coming()), "coming: up to seven days after the day, " + later + " not yet");
        assertEquals(7, a.comingDays());

        Worklist b = worklistOf(insurerB, today.plusDays(2));
        assertEquals(List.of(othersOnTheDay), ids(b.dueToday()));
        assertTrue(b.overdue().isEmpty() && b.coming().isEmpty(), "B sees none of A's follow-ups: " + b);
    }

    @Test
    void anOpenClaimsOldReserveIsToBeReviewed() {
        long old = register.claim(insurerA).id();
        register.add(insurerA, old, aReserve().date(today.minusDays(180)).amount("1000"));
        long recent = register.claim(insurerA).id();
        register.add(insurerA, recent, aReserve().date(today.minusDays(179)).amount("1000"));
        // reviewed: an old estimate, then a new one; the latest counts
        long reviewed = register.claim(insurerA).id();
        register.add(insurerA, reviewed, aReserve().date(today.minusDays(300)).amount("1000"));
        register.add(insurerA, reviewed, aReserve().date(today.minusDays(10)).amount("1500"));
        // a reserve corrected away (V24) is no estimate: nothing to review
        long corrected = register.claim(insurerA).id();
        register.add(insurerA, corrected, aReserve().date(today.minusDays(200)).amount("500"));
        register.add(insurerA, corrected, aReserve().date(today.minusDays(200)).amount("-500")
                .correcting("set on the wrong claim"));

        List<Worklist.ReserveReview> reserves = worklistOf(insurerA, today).reserves();
        assertEquals(List.of(old), reserves.stream().map(Worklist.ReserveReview::claimId).toList());
        assertEquals(today, reserves.get(0).dueOn());
    }

    @Test
    void aFollowUpInThePastOrWithALongNoteIsRefusedAtItsFieldAndEveryChangeIsAudited() {
        long claim = register.claim(insurerA).id();
        AssertionError refused = assertThrows(AssertionError.class,
                () -> setFollowUp(insurerA, claim, today.minusDays(1), "x".repeat(FollowUps.NOTE_MAX + 1)));
        RuleViolationException findings = (RuleViolationException) refused.getCause();
        assertEquals(java.util.Set.of(FollowUps.IN_PAST.key(), FollowUps.NOTE_TOO_LONG.key()),
                findings.findings().all().stream().map(Finding::messageKey).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(FollowUps.DATE, FollowUps.NOTE),
                findings.findings().all().stream().map(Finding::field).sorted().toList());
        assertTrue(followUpOf(insurerA, claim) == null);
        setFollowUp(insurerA, claim, today, "täna");
        setFollowUp(insurerA, claim, today.plusDays(1), "homme");
        assertEquals("homme", followUpOf(insurerA, claim).note);
        asUser.call(People.staffOf(insurerA), () -> {
            followUps.clear(claim);
            return null;
        });
        assertTrue(followUpOf(insurerA, claim) == null);
        assertEquals(3, fixtures.count(ActingInsurer.NOBODY, "select count(*) from reference_change where subject ="
                + " 'FOLLOW_UP' and subject_key like ? and action in ('SET', 'CHANGED', 'CLEARED')", "%:" + claim),
                "the set, the change and the clear are audited; the refused save is not");
    }

    @Test
    void theMorningMailGoesOncePerPersonInTheirLanguageAndNotForAnEmptyWorklist() throws Exception {
        LocalDate day = today.plusDays(2);
        long claimA = claimWithFollowUp(insurerA, day, "tagasiside");
        String numberA = number(insurerA, claimA);
        long claimB = claimWithFollowUp(insurerB, day, "arve");
        String numberB = number(insurerB, claimB);
        String quiet = insurer("Tühja Järjekorra Kindlustus AS");
        String toA = optIn(insurerA, Language.EN);
        String toB = optIn(insurerB, Language.ET);
        String toQuiet = optIn(quiet, Language.ET);

        mail.send(day);
        Message english = only(toA);
        assertEquals("TOKVS: worklist for " + Figures.date(day), english.getSubject());
        String body = MailServer.body(english);
        assertTrue(body.contains("Due today") && body.contains(numberA) && body.contains("tagasiside"), body);
        assertTrue(!body.contains(numberB), "A's mail holds nothing of B's: " + body);
        Message estonian = only(toB);
        assertEquals("TOKVS: tööjärjekord " + Figures.date(day), estonian.getSubject());
        assertTrue(MailServer.body(estonian).contains("Täna teha") && MailServer.body(estonian).contains(numberB));
        assertEquals(0, MailServer.to(server, toQuiet).size(), "an empty worklist sends nothing");

        assertEquals(0, mail.send(day), "the same day again: nothing");
        assertEquals(1, MailServer.to(server, toA).size());
        assertEquals(1, MailServer.to(server, toB).size());
    }

    @Test
    void twoRunsAtOnceSendEachPersonOneMail() throws Exception {
        LocalDate day = today.plusDays(3);
        claimWithFollowUp(insurerA, day, null);
        claimWithFollowUp(insurerB, day, null);
        String toA = optIn(insurerA, Language.ET);
        String toB = optIn(insurerB, Language.EN);

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sendAfter(start, day));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sendAfter(start, day));
        start.countDown();
        first.get();
        second.get();
        assertEquals(1, MailServer.to(server, toA).size());
        assertEquals(1, MailServer.to(server, toB).size());
    }

    private int sendAfter(CountDownLatch start, LocalDate day) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return mail.send(day);
    }

    private Message only(String address) throws MessagingException {
        List<Message> messages = MailServer.to(server, address);
        assertEquals(1, messages.size(), "mails to " + address);
        return messages.get(0);
    }

    /** The insurer's staff member opts in with an address of their own; returns it. */
    private String optIn(String insurer, Language language) {
        Actor staff = People.staffOf(insurer);
        String address = staff.username() + "@worklist.example";
        assertTrue(asUser.call(staff, () -> subscriptions.optIn(address, language)));
        return address;
    }

    private String insurer(String name) {
        String code = RegisterFixtures.freshRegistryCode("19");
        register.insurer(code, RegisterFixtures.unique(name), Insurer.LicenceStatus.ACTIVE);
        return code;
    }

    private long claimWithFollowUp(String insurer, LocalDate on, String note) {
        long claim = register.claim(insurer).id();
        setFollowUp(insurer, claim, on, note);
        return claim;
    }

    private void setFollowUp(String insurer, long claim, LocalDate on, String note) {
        FollowUpForm form = new FollowUpForm();
        form.date = on.toString();
        form.note = note;
        asUser.call(People.staffOf(insurer), () -> followUps.set(claim, form));
    }

    private FollowUp followUpOf(String insurer, long claim) {
        return asUser.call(People.staffOf(insurer), () -> followUps.of(claim));
    }

    private String number(String insurer, long claim) {
        return asUser.call(People.staffOf(insurer),
                () -> ee.tokvs.portal.claim.Claim.<ee.tokvs.portal.claim.Claim>findById(claim).claimNumber);
    }

    private Worklist worklistOf(String insurer, LocalDate day) {
        return asUser.call(People.staffOf(insurer), () -> worklists.of(day));
    }

    private static List<Long> ids(List<Worklist.Due> dues) {
        return dues.stream().map(Worklist.Due::claimId).toList();
    }
}
