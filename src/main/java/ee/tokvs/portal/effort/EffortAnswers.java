package ee.tokvs.portal.effort;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.shared.time.Clocks;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The effort question: whether to ask it after a task (once per person, task and day, and only of those who do the
 * register's work), the answers kept, and Terviseamet's view of them. Templates reach it as {@code inject:effort}.
 */
@RequestScoped
@Named("effort")
public class EffortAnswers {

    /** At most this many comments on Terviseamet's page, the latest first. */
    static final int COMMENTS_SHOWN = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Clock clock;

    /** Whether the question about this task is to be asked now: of an insurer's side, not yet today. */
    public boolean asks(String task) {
        EffortTask known = EffortTask.parse(task);
        return known != null && actingInsurer.maySubmit() && ((Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from effort_answer where username = ?1 and task = ?2 and asked_on = ?3")
                .setParameter(1, currentUser.username()).setParameter(2, known.name())
                .setParameter(3, Clocks.today(clock)).getSingleResult()).longValue() == 0;
    }

    /** The message key of the task's name. */
    public String label(String task) {
        return EffortTask.valueOf(task).labelKey();
    }

    /** The message key of the task's question. */
    public String question(String task) {
        return EffortTask.valueOf(task).questionKey();
    }

    /** This page's address without its query: where the answer comes back to. */
    public String here() {
        return request.getCurrent() == null ? "/" : request.getCurrent().normalizedPath();
    }

    /** Keeps an answer (a score 1–7 or none for "not now", and a comment); a second one the same day changes nothing. */
    @Transactional
    void keep(EffortTask task, Integer score, String comment) {
        Panache.getEntityManager().createNativeQuery("insert into effort_answer (task, username, asked_on, score, comment)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (username, task, asked_on) do nothing")
                .setParameter(1, task.name()).setParameter(2, currentUser.username())
                .setParameter(3, Clocks.today(clock)).setParameter(4, score).setParameter(5, comment)
                .executeUpdate();
    }

    /** Per task and month (newest first): answers with a score, their mean, and how many chose "not now". */
    public record Score(String task, String month, long answers, BigDecimal mean, long later) {
    }

    /** A comment, with its task, day and score. */
    public record Comment(String task, LocalDate day, Integer score, String text) {
    }

    List<Score> scores() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select task, to_char(asked_on, 'YYYY-MM'),"
                + " count(score), round(avg(score), 1), count(*) - count(score) from effort_answer"
                + " group by 1, 2 order by 2 desc, 1").getResultList();
        return rows.stream().map(r -> new Score((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                (BigDecimal) r[3], ((Number) r[4]).longValue())).toList();
    }

    List<Comment> comments() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select task, asked_on, score, comment"
                + " from effort_answer where comment is not null order by answered_at desc, id desc limit "
                + COMMENTS_SHOWN).getResultList();
        return rows.stream().map(r -> new Comment((String) r[0], toDate(r[1]),
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3])).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
