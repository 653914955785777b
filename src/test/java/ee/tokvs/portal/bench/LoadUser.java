package ee.tokvs.portal.bench;

import ee.tokvs.portal.bench.LoadFigures.Kind;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.testdata.PageForms;
import ee.tokvs.portal.testdata.PortalSession;
import ee.tokvs.portal.testdata.PortalSession.Page;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated person of the load bench, with a session of their own: insurer staff (and admins) browse their
 * insurer's claims and save changes to them, an analyst of Terviseamet reads the dashboards. Every request follows
 * the last by the think time, and every link is one the previous pages offered (claim ids from the list, sorts and
 * pages from its links, filters from its search form). An answer that is not the page (another status, an error
 * page, a form sent back) is an error of the run.
 */
final class LoadUser {

    private static final Pattern CLAIM_LINK = Pattern.compile("href=\"/claims/(\\d+)\"");
    private static final Pattern LIST_LINK = Pattern.compile("href=\"(/claims)?(\\?[^\"]*(?:sort|page)=[^\"]*)\"");
    private static final Pattern DASHBOARD_LINK = Pattern.compile("href=\"(/dashboards\\?[^\"]*)\"");
    private static final String[] LIST_FILTERS = {"status", "incidentType", "severity", "open"};

    /** The end of the run: the request that would begin after it is not sent. */
    static final class Finished extends RuntimeException {
        Finished() {
            super(null, null, false, false);
        }
    }

    private final PortalSession session;
    private final DemoAccount account;
    private final Random random;
    private final long thinkMillis;
    private final List<String> claimIds = new ArrayList<>();
    /** The claims this user changes: their own page of the list, apart from every other user's. */
    private final List<String> ownClaims = new ArrayList<>();
    private final String ownList;
    private final List<String> listLinks = new ArrayList<>();
    private final List<String> dashboardLinks = new ArrayList<>();
    private String lastList = "";
    private LoadFigures figures;
    private long endNanos;

    /**
     * User {@code number} (from 0) of the run; the number is their own page of the claim list, so that no two users
     * change the same claim at once (a save would rightly meet the other's change as a conflict).
     */
    LoadUser(URI portal, DemoAccount account, int number, long thinkMillis) {
        this.session = new PortalSession(portal);
        this.account = account;
        this.random = new Random(number);
        this.ownList = number == 0 ? "/claims" : "/claims?page=" + number;
        this.thinkMillis = thinkMillis;
    }

    DemoAccount account() {
        return account;
    }

    boolean isAnalyst() {
        return account == DemoAccount.TA_ANALYST;
    }

    /** Logs in through Keycloak onto the account's home page; a failure here stops the bench. */
    void logIn() {
        Page home = session.logIn(account.homePath, account.username, DemoAccount.PASSWORD);
        if (!home.uri().getPath().equals(account.homePath)) {
            throw new IllegalStateException(account.username + " logged in but came to " + home.uri());
        }
        read(home.body());
    }

    /** Works until {@code endNanos} (System.nanoTime), each answer into {@code figures}. */
    void work(LoadFigures figures, long endNanos) {
        this.figures = figures;
        this.endNanos = endNanos;
        while (true) {
            try {
                if (isAnalyst()) {
                    readDashboards();
                } else {
                    handleClaims();
                }
            } catch (Finished end) {
                return;
            } catch (RuntimeException e) {
                figures.error(account.username + ": " + e);
            }
        }
    }

    private void readDashboards() {
        int choice = random.nextInt(10);
        if (choice < 2) {
            open(Kind.TERVISEAMET_HOME, account.homePath);
        } else if (choice < 5) {
            open(Kind.DASHBOARD, "/dashboards");
        } else if (choice < 9 && !dashboardLinks.isEmpty()) {
            open(Kind.DASHBOARD_FILTERED, pick(dashboardLinks));
        } else {
            open(Kind.TRIANGLES, "/dashboards/triangles");
        }
    }

    private void handleClaims() {
        int choice = ownClaims.isEmpty() ? 2 : random.nextInt(20);
        if (choice < 2) {
            open(Kind.HOME, account.homePath);
        } else if (choice < 6) {
            Page list = open(Kind.CLAIM_LIST, ownList);
            if (list != null) {
                replace(ownClaims, CLAIM_LINK, list.body(), 1, "");
            }
        } else if (choice < 9) {
            open(Kind.CLAIM_LIST_FILTERED, filteredList());
        } else if (choice < 14) {
            open(Kind.CLAIM_PAGE, "/claims/" + pick(claimIds));
        } else if (choice < 18) {
            changeClaim(pick(ownClaims));
        } else {
            setFollowUp(pick(ownClaims));
        }
    }

    /** A sort or a page the last list linked to, or one of its search form's filters. */
    private String filteredList() {
        if (!listLinks.isEmpty() && random.nextBoolean()) {
            return pick(listLinks);
        }
        String filter = LIST_FILTERS[random.nextInt(LIST_FILTERS.length)];
        List<String> values = PageForms.options(lastList, filter);
        return values.isEmpty() ? "/claims?page=1" : "/claims?" + filter + "=" + pick(values);
    }

    /**
     * The claim page, its edit form, and most times a save of another specialty (a real change, submitted that day;
     * warnings confirmed as a user who has read them would), else back to the claim page. A claim with an additional
     * competence, which must belong to its specialty, gets a follow-up instead.
     */
    private void changeClaim(String id) {
        open(Kind.CLAIM_PAGE, "/claims/" + id);
        String action = "/claims/" + id + "/edit";
        Page form = open(Kind.CLAIM_EDIT_FORM, action);
        if (form == null) {
            return;
        }
        Map<String, String> fields = PageForms.asSent(form.body(), action);
        if (fields == null || !fields.getOrDefault("additionalCompetence", "").isEmpty() || random.nextInt(4) == 0) {
            open(Kind.CLAIM_PAGE, "/claims/" + id);
            return;
        }
        List<String> specialties = PageForms.options(form.body(), "specialty");
        specialties.remove(fields.get("specialty"));
        fields.put("specialty", pick(specialties));
        fields.put("changeDate", LocalDate.now(WorkingDays.TALLINN).toString());
        fields.put("confirmWarnings", "true");
        String token = form.formToken();
        Page saved = send(Kind.CLAIM_SAVE, action, () -> session.post(action, token, fields));
        if (saved != null && !saved.uri().getPath().equals("/claims/" + id)) {
            figures.error(Kind.CLAIM_SAVE.label + " " + action + ": not saved, the answer was " + saved.uri());
        }
    }

    /** The follow-up form from the claim page, and a follow-up date within the next month with a note. */
    private void setFollowUp(String id) {
        open(Kind.CLAIM_PAGE, "/claims/" + id);
        String action = "/follow-ups/" + id;
        Page form = open(Kind.FOLLOW_UP_FORM, action);
        if (form == null) {
            return;
        }
        String token = form.formToken();
        LocalDate date = LocalDate.now(WorkingDays.TALLINN).plusDays(1 + random.nextInt(30));
        Map<String, String> fields = Map.of("date", date.toString(), "note", "load bench", "action", "save");
        Page saved = send(Kind.FOLLOW_UP_SAVE, action, () -> session.post(action, token, fields));
        if (saved != null && !saved.uri().getPath().equals("/claims/" + id)) {
            figures.error(Kind.FOLLOW_UP_SAVE.label + " " + action + ": not saved, the answer was " + saved.uri());
        }
    }

    private Page open(Kind kind, String path) {
        Page page = send(kind, path, () -> session.get(path));
        if (page != null) {
            read(page.body());
        }
        return page;
    }

    /**
     * After the think time, sends one request and times it; the page back must be a 200 from the portal that is not
     * its error page. Null when it was not.
     */
    private Page send(Kind kind, String path, Supplier<Page> request) {
        think();
        long started = System.nanoTime();
        Page page;
        try {
            page = request.get();
        } catch (RuntimeException e) {
            figures.time(kind, System.nanoTime() - started);
            figures.error(kind.label + " " + path + ": " + e);
            return null;
        }
        figures.time(kind, System.nanoTime() - started);
        if (page.status() != 200 || page.body().contains("class=\"error-page\"")) {
            figures.error(kind.label + " " + path + ": " + page.status() + " at " + page.uri());
            return null;
        }
        return page;
    }

    /** The shortest think time drawn for a mean of {@code mean}; the longest is {@code mean} longer (see think). */
    static long shortestThink(long mean) {
        return mean / 2;
    }

    /**
     * The person reading the page before the next click: the workload itself (the 1 s), not a wait. Drawn
     * anew each time from half to one and a half think times (the mean is the think time): people do not click in
     * step. With the same second for everyone, the users that a run starts together stayed in step for most of it
     * and sent their requests in waves of up to fifty at once every second, so that a request's time was mostly its
     * place in its wave.
     */
    private void think() {
        long millis = shortestThink(thinkMillis) + (long) (random.nextDouble() * thinkMillis);
        if (System.nanoTime() + millis * 1_000_000 >= endNanos) {
            throw new Finished();
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Finished();
        }
    }

    /** What the page offers to go on with: claims of a list, its sorts and pages, the dashboards' views. */
    private void read(String html) {
        if (html.contains("action=\"/claims\" role=\"search\"")) {
            lastList = html;
            replace(claimIds, CLAIM_LINK, html, 1, "");
            replace(listLinks, LIST_LINK, html, 2, "/claims");
        }
        if (html.contains("data-testid=\"dashboard-filter\"")) {
            replace(dashboardLinks, DASHBOARD_LINK, html, 1, "");
        }
    }

    private static void replace(List<String> values, Pattern link, String html, int group, String prefix) {
        List<String> found = new ArrayList<>();
        Matcher matcher = link.matcher(html);
        while (matcher.find()) {
            found.add(prefix + matcher.group(group).replace("&amp;", "&"));
        }
        if (!found.isEmpty()) {
            values.clear();
            values.addAll(found);
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
