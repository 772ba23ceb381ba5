package dev.llmadvisor.hub;

import dev.llmadvisor.facts.ModelLookup;

import java.util.Optional;
import java.util.function.Supplier;

/** The Hub lookup as the advisor's facts see it: a mention that is a Hub reference, looked up on its hub. */
public final class HubModels implements ModelLookup {

    private final Supplier<HubLookup> hub;

    public HubModels(HubLookup hub) {
        this(() -> hub);
    }

    /**
     * With the lookup made on first use: most questions name catalog models only, and making the lookup (its settings
     * file, HTTP client, disk cache and logging) costs a cold start more than the rest of reading the question.
     */
    public HubModels(Supplier<HubLookup> hub) {
        this.hub = hub;
    }

    @Override
    public Optional<Result> lookup(String mention) {
        Optional<HubRef> ref = HubRefs.parse(mention);
        if (ref.isEmpty()) return Optional.empty();
        HubResult r = hub.get().lookup(ref.get());
        if (r instanceof HubResult.Found f) {
            String note = f.model().name() + " read from " + f.url()
                    + (f.origin() == HubResult.Origin.NETWORK ? "" : " (cached)");
            return Optional.of(Result.found(f.model(), f.format().orElse(null), note));
        }
        HubResult.Failed failed = (HubResult.Failed) r;
        return Optional.of(Result.failed(failed.message(false), failed.message(true)));
    }
}
