package dev.llmadvisor.hub;

import dev.llmadvisor.facts.ModelLookup;

import java.util.Optional;

/** The Hub lookup as the advisor's facts see it: a mention that is a Hub reference, looked up on its hub. */
public final class HubModels implements ModelLookup {

    private final HubLookup hub;

    public HubModels(HubLookup hub) {
        this.hub = hub;
    }

    @Override
    public Optional<Result> lookup(String mention) {
        Optional<HubRef> ref = HubRefs.parse(mention);
        if (ref.isEmpty()) return Optional.empty();
        HubResult r = hub.lookup(ref.get());
        if (r instanceof HubResult.Found f) {
            String note = f.model().name() + " read from " + f.url()
                    + (f.origin() == HubResult.Origin.NETWORK ? "" : " (cached)");
            return Optional.of(Result.found(f.model(), f.format().orElse(null), note));
        }
        HubResult.Failed failed = (HubResult.Failed) r;
        return Optional.of(Result.failed(failed.message(false), failed.message(true)));
    }
}
