package ee.tokvs.portal.worklist;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.time.Clocks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The worklist as the insurer's home shows it, with the reader's opt-in to its morning mail: templates reach it as
 * {@code inject:worklistPage}, so the home page needs no Java of this feature.
 */
@RequestScoped
@Named("worklistPage")
public class WorklistPage {

    @Inject
    Worklists worklists;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    UiLocale ui;

    private Worklist today;
    private java.util.Optional<Subscriptions.Subscription> subscription;

    /** The acting insurer's worklist today. */
    public Worklist today() {
        if (today == null) {
            today = worklists.of(Clocks.today(clock));
        }
        return today;
    }

    /** The reader's opt-in to the morning mail, or null. */
    public Subscriptions.Subscription subscription() {
        if (subscription == null) {
            subscription = subscriptions.mine();
        }
        return subscription.orElse(null);
    }

    /** The language of the reader's mail: as they chose it, else the page's. */
    public String mailLanguage() {
        Subscriptions.Subscription mine = subscription();
        return mine != null ? mine.language().code : ui.lang();
    }

    /** The languages a mail can be in, each named in itself (as on the language switch). */
    public Language[] languages() {
        return Language.values();
    }

    /** The address the reader's login gives (the token's email claim), or null. */
    public String email() {
        return currentUser.email();
    }
}
