package ee.tokvs.portal.shared.web;

import io.quarkus.qute.ForwardingTemplateInstance;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A template instance already rendered ({@link OneConnectionPagesInterceptor}): it answers its text however it is
 * asked for, and everything else (its attributes, such as the variants the response's content type is chosen from)
 * from the instance it was rendered from.
 */
final class RenderedPage extends ForwardingTemplateInstance {

    private final TemplateInstance page;
    private final String text;

    RenderedPage(TemplateInstance page) {
        this.page = page;
        this.text = page.render();
    }

    @Override
    protected TemplateInstance delegate() {
        return page;
    }

    @Override
    public String render() {
        return text;
    }

    @Override
    public CompletionStage<String> renderAsync() {
        return CompletableFuture.completedFuture(text);
    }

    @Override
    public Uni<String> createUni() {
        return Uni.createFrom().item(text);
    }

    @Override
    public Multi<String> createMulti() {
        return Multi.createFrom().item(text);
    }

    @Override
    public CompletionStage<Void> consume(Consumer<String> consumer) {
        consumer.accept(text);
        return CompletableFuture.completedFuture(null);
    }
}
