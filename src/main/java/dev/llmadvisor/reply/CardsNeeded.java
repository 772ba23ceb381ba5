package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * "How many A100s do I need?": for each format shown, how many of the card asked about hold the model. The
 * weights and KV cache are spread over the cards; every card also keeps its own compute buffers and runtime
 * reserve, so a card holds less than its usable memory.
 */
public final class CardsNeeded {

    private CardsNeeded() { }

    /** The count per format, one line; null when no format can be counted (a card too small for its own buffers). */
    public static String line(Lang lang, Device card, Engine engine, String cardName, List<Recommendation> shown) {
        boolean zh = lang == Lang.ZH;
        // vLLM and SGLang take a fixed share of each card (gpu_memory_utilization 0.9 by default) and split the
        // model by tensor parallelism, in practice over 1, 2, 4, 8 or 16 cards
        boolean serving = engine == Engine.VLLM || engine == Engine.SGLANG;
        double usable = Units.toGib(card.usableBytes()) * (serving ? 0.9 : 1.0);
        List<String> parts = new ArrayList<>();
        for (Recommendation r : shown) {
            Candidate c = r.candidate();
            double perCard = usable - c.computeGb() - c.overheadGb();
            if (perCard <= 0) continue;
            int n = (int) Math.ceil((c.weightsGb() + c.kvGb()) / perCard);
            if (serving) n = Integer.highestOneBit(n) == n ? n : Integer.highestOneBit(n) * 2;
            parts.add(c.formatLabel() + (zh ? " 约 " + n + " 张" : " about " + n));
        }
        if (parts.isEmpty()) return null;
        String counts = String.join(zh ? "，" : ", ", parts);
        String how = serving ? (zh ? "，张数取 2 的幂以便张量并行" : ", counts rounded up to a power of two for tensor parallelism") : "";
        return zh ? "需要几张 " + cardName + "（每张可用约 " + Math.round(usable) + " GB，每张还要留出自己的计算缓冲" + how + "）：" + counts + "。"
                : "How many " + cardName + " (about " + Math.round(usable) + " GB usable each, every card keeping its own buffers" + how + "): " + counts + ".";
    }
}
